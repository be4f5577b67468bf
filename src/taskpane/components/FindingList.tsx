// Findings as a bare list, each with its severity and message (and a link to its cell where one is given).
import { makeStyles } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/findingTypes";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingListProps<F extends Finding & { cell?: string | null }> {
  findings: readonly F[];
  /** The list's accessible name, when the page has more than one. */
  label?: string;
  /** Where a finding has a cell to go to. */
  onSelect?: (finding: F) => (() => void) | undefined;
}

export function FindingList<F extends Finding & { cell?: string | null }>({
  findings,
  label,
  onSelect,
}: FindingListProps<F>) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => (
        <FindingItem key={i} finding={f} onSelect={onSelect?.(f)} />
      ))}
    </ul>
  );
}
