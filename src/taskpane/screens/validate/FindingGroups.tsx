// The findings of a validation by severity (errors, warnings, notes), each severity by sheet in order of first
// appearance, each finding with its link to the cell and, where the core has one, its fix.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Severity } from "../../../core/findings/findingTypes";
import type { MessageDef } from "../../../core/messages/messageTypes";
import { isFixable } from "../../../workbook/operations/applyFixes";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import { FindingItem } from "../../components/FindingItem";
import { screenMessages as m } from "../../messages/screenMessages";
import { useT } from "../../pane/language";

const useStyles = makeStyles({
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const SEVERITIES: { severity: Severity; label: MessageDef<{ count: number }> }[] = [
  { severity: "error", label: m.severityError },
  { severity: "warning", label: m.severityWarning },
  { severity: "info", label: m.severityInfo },
];

/** Findings of one severity by sheet, sheets in order of first appearance. */
function bySheet(findings: readonly LocatedFinding[]): [string | null, LocatedFinding[]][] {
  const groups = new Map<string | null, LocatedFinding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups.entries()];
}

export interface FindingGroupsProps {
  findings: readonly LocatedFinding[];
  onSelect: (finding: LocatedFinding) => void;
  onFix: (finding: LocatedFinding) => void;
}

export function FindingGroups({ findings, onSelect, onFix }: FindingGroupsProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      {SEVERITIES.map(({ severity, label }) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} className={styles.group}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {t(label, { count: ofSeverity.length })}
            </Subtitle2>
            {bySheet(ofSeverity).map(([sheet, items]) => (
              <div key={sheet ?? ""}>
                <h4 className={styles.sheet}>
                  {t(m.sheetCount, { sheet: sheet ?? t(m.noSheet), count: items.length })}
                </h4>
                <ul className={styles.list}>
                  {items.map((f, i) => (
                    <FindingItem
                      key={i}
                      finding={f}
                      onSelect={() => onSelect(f)}
                      onFix={isFixable(f) ? () => onFix(f) : undefined}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
