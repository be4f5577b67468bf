// Rater leniency as a dot plot around zero (the others' consensus), plain SVG: outliers stand out by colour and size.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RaterLeniency } from "../../../core/fairness/raterLeniency";
import { formatNumber } from "../../../core/messages/messageTypes";
import { analysisMessages as m } from "../../messages/analysisMessages";
import { useLang, useT } from "../../pane/language";
import { useVisuallyHidden } from "../../components/visuallyHidden";

const useStyles = makeStyles({
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  dot: { fill: tokens.colorBrandBackground },
  outlier: { fill: tokens.colorPaletteRedBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
});

const WIDTH = 320;
const LABEL = 70;
const ROW = 20;
/** A rater this many robust z away from the median is marked (the core's own flag decides the finding). */
const MARK_Z = 2;

export function LeniencyChart({ raters }: { raters: RaterLeniency[] }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const shown = raters.filter((r): r is RaterLeniency & { leniency: number } => r.leniency !== null);
  const extent = Math.max(1, ...shown.map((r) => Math.abs(r.leniency)));
  const half = (WIDTH - LABEL - 10) / 2;
  const centre = LABEL + half;
  const x = (v: number) => centre + (v / extent) * half;
  const height = shown.length * ROW + 4;
  const title = t(m.leniency);
  const hidden = useVisuallyHidden().hidden;
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={`${title}. ${t(m.leniencyAxis)}`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
        <title>{title}</title>
        <line x1={centre} x2={centre} y1={0} y2={height} className={styles.axis} />
        {shown.map((r, i) => {
          const outlier = r.robustZ !== null && Math.abs(r.robustZ) > MARK_Z;
          return (
            <g key={r.rater}>
              <text x={0} y={i * ROW + 14} className={styles.label}>
                {r.rater}
              </text>
              <circle
                cx={x(r.leniency)}
                cy={i * ROW + 10}
                r={outlier ? 6 : 4}
                className={outlier ? styles.outlier : styles.dot}
              />
            </g>
          );
        })}
      </svg>
      <ul className={hidden}>
        {shown.map((r) => (
          <li key={r.rater}>{t(m.leniencyRow, { rater: r.rater, value: formatNumber(r.leniency, lang) })}</li>
        ))}
      </ul>
    </figure>
  );
}
