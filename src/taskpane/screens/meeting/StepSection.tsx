// One step of the meeting (list, particulars, ballots, tally, minutes) as a disclosure: a heading whose button opens
// or closes the step. A closed step is hidden, not unmounted, so what was typed or made in it stays.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  step: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
  },
  toggle: { justifyContent: "flex-start", paddingInline: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
});

export interface StepSectionProps {
  title: string;
  /** A word on where the step stands ("đã lập", "chưa kiểm phiếu"), beside the title. */
  status?: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

export function StepSection({ title, status, open, onToggle, children }: StepSectionProps) {
  const styles = useStyles();
  const panelId = useId();
  const headingId = useId();
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h3 className={styles.heading}>
        <Button
          id={headingId}
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {title}
        </Button>
        {status && <Caption1 className={styles.status}>{status}</Caption1>}
      </h3>
      {/* The panel's own display would override `hidden`: the flex column is inside it. */}
      <div id={panelId} hidden={!open}>
        <div className={styles.panel}>{children}</div>
      </div>
    </section>
  );
}
