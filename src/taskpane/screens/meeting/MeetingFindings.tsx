// The findings of a meeting operation, grouped: those of no cluster first (why nothing was written), then each
// cluster's, errors before warnings before notes, each with the link that selects its cell in the workbook.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Severity } from "../../../core/findings/findingTypes";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import { FindingItem } from "../../components/FindingItem";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The cluster a finding is about ("" for none), as the tally's findings carry it. */
const clusterOf = (f: LocatedFinding) => (typeof f.data?.cluster === "string" ? f.data.cluster : "");

export function MeetingFindings({ findings }: { findings: readonly LocatedFinding[] }) {
  const styles = useStyles();
  const t = useT();
  const { host, run } = usePane();
  const id = useId();
  const groups = new Map<string, LocatedFinding[]>([["", []]]);
  for (const f of findings) groups.set(clusterOf(f), [...(groups.get(clusterOf(f)) ?? []), f]);
  const select = ({ sheet, cell }: LocatedFinding) =>
    sheet && cell ? () => void run("select-cell", () => host.select(sheet, cell)) : undefined;
  return (
    <>
      {[...groups.entries()]
        .filter(([, items]) => items.length > 0)
        .map(([cluster, items], i) => (
          <section key={cluster} className={styles.group} aria-labelledby={`${id}-${i}`}>
            <Subtitle2 as="h4" id={`${id}-${i}`} className={styles.heading}>
              {cluster ? t(m.findingsOf, { cluster }) : t(m.otherFindings)}
            </Subtitle2>
            <ul className={styles.list}>
              {[...items]
                .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
                .map((f, k) => (
                  <FindingItem key={k} finding={f} onSelect={select(f)} />
                ))}
            </ul>
          </section>
        ))}
    </>
  );
}
