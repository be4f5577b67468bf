// Picks .xlsx files: a Fluent button that opens the browser's file dialog (keyboard reachable, unlike a styled
// <input type="file">), and a drop zone around it for files dragged from a mail or a folder.
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import { useLock } from "../../pane/paneContext";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FilePickerProps {
  /** The button's text. */
  label: string;
  /** The file input's accessible name. */
  inputLabel: string;
  dropHint: string;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ label, inputLabel, dropHint, onFiles }: FilePickerProps) {
  const styles = useStyles();
  // Taking files in writes the workbook or opens workbooks: it waits while another operation runs.
  const lock = useLock();
  const disabled = lock.disabled;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (!disabled && files.length > 0) onFiles(files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()} {...lock}>
        {label}
      </Button>
      <Caption1 className={styles.hint}>{dropHint}</Caption1>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={inputLabel}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so that picking the same file again (after fixing it) fires a change again.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
