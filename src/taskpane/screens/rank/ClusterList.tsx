// One cluster's ranking as a list that fits a 350 px pane: per unit its rank, name and score on one line, its grade
// and award proposal on the next, and under them why (the tie-break note, a grade held down by a floor, an award
// withheld), units in rank order. A table of six columns does not fit that width.
import { Badge, Body1Strong, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { AWARD_TERMS, GRADE_TERMS } from "../../../core/messages/glossary";
import { fixedDecimals } from "../../../core/messages/fixedDecimals";
import type { Finding } from "../../../core/findings/findingTypes";
import type { ClusterResult, UnitResult } from "../../../core/model/scoringTypes";
import { useVisuallyHidden } from "../../components/visuallyHidden";
import { screenMessages as m } from "../../messages/screenMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  cluster: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, minWidth: 0 },
  unit: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  line: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  rank: {
    flexShrink: 0,
    minWidth: "2ch",
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  score: { flexShrink: 0, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // The second line and the reasons start under the name, not under the rank.
  indented: { paddingInlineStart: `calc(2ch + ${tokens.spacingHorizontalS})`, minWidth: 0 },
  grade: { textDecorationLine: "none" },
  reason: { display: "block", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export interface ClusterListProps {
  cluster: ClusterResult;
  units: readonly UnitResult[];
  /** Findings that bear on awards; those naming a unit are shown under it. */
  findings: readonly Finding[];
}

export function ClusterList({ cluster, units, findings }: ClusterListProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const t = useT();
  const lang = useLang();
  // The cluster label is the workbook's own ("Cụm 1", "Khối Sở"): shown as the user wrote it.
  const headingId = `rank-cluster-${cluster.members[0] ?? 0}`;
  return (
    <section aria-labelledby={headingId} className={styles.cluster}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {cluster.cluster}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {cluster.members.map((index) => {
          const u = units[index];
          const reasons = [
            ...(u.tieBreakNote ? [u.tieBreakNote[lang]] : []),
            ...findings.filter((f) => f.location.unit === u.unit.code).map((f) => f.message[lang]),
          ];
          return (
            <li key={u.unit.code} className={styles.unit}>
              <div className={styles.line}>
                <span className={styles.rank}>
                  <span className={hidden}>{t(m.colRank)} </span>
                  {u.rank}
                </span>
                <Body1Strong className={styles.name}>{u.unit.name}</Body1Strong>
                <span className={styles.score}>{t(m.scoreValue, { score: fixedDecimals(u.final, lang) })}</span>
              </div>
              <div className={mergeClasses(styles.line, styles.indented)}>
                <abbr className={styles.grade} title={GRADE_TERMS[u.grade].full[lang]}>
                  {u.grade}
                </abbr>
                {u.award && (
                  <Badge appearance="tint" color={u.award === "co-thi-dua" ? "danger" : "brand"}>
                    {AWARD_TERMS[u.award].short[lang]}
                  </Badge>
                )}
              </div>
              {reasons.map((reason, i) => (
                <Caption1 key={i} className={mergeClasses(styles.reason, styles.indented)}>
                  {reason}
                </Caption1>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
