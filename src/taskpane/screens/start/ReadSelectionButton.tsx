// The Start screen's "read from the selection" button (for units and for an own criteria table): reads the
// selection as the pane's one operation, with its progress and failure below it, and hands the values on; outside
// Excel, where there is no selection, it says so instead.
import { makeStyles } from "@fluentui/react-components";
import type { MessageDef } from "../../../core/messages/messageTypes";
import type { RangeRead } from "../../../workbook/host/hostTypes";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { screenMessages as m } from "../../messages/screenMessages";
import { usePane } from "../../pane/paneContext";

const useStyles = makeStyles({
  button: { alignSelf: "flex-start" },
});

export interface ReadSelectionButtonProps {
  /** Which reading this is: the units' or the criteria table's (each shows only its own progress and failure). */
  operation: "read-units" | "read-criteria";
  label: MessageDef<Record<string, never>>;
  /** The selection read, or null where there is none to read. */
  onRead: (selection: RangeRead | null) => void;
}

export function ReadSelectionButton({ operation, label, onRead }: ReadSelectionButtonProps) {
  const styles = useStyles();
  const { host, run } = usePane();

  const read = async () => {
    // undefined: refused (another operation ran) or failed (shown below); null: no selection to read.
    const selection = await run(operation, () => host.readSelection());
    if (selection !== undefined) onRead(selection);
  };

  return (
    <>
      <RunButton
        operation={operation}
        label={label}
        runningLabel={m.readingSelection}
        className={styles.button}
        onClick={() => void read()}
      />
      <OperationStatus of={[operation]} />
    </>
  );
}
