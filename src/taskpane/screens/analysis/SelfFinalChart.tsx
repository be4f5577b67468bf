// Self score against final score per unit: paired horizontal bars in plain SVG (no chart library: bundle budget).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SelfInflation } from "../../../core/fairness/selfInflation";
import { formatNumber } from "../../../core/messages/messageTypes";
import { analysisMessages as m } from "../../messages/analysisMessages";
import { useLang, useT } from "../../pane/language";
import { useVisuallyHidden } from "../../components/visuallyHidden";

const useStyles = makeStyles({
  self: { fill: tokens.colorNeutralStroke1 },
  final: { fill: tokens.colorBrandBackground },
  inflated: { fill: tokens.colorPaletteRedBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
});

const WIDTH = 320;
const LABEL = 110;
const ROW = 26;

export function SelfFinalChart({ units, max }: { units: SelfInflation[]; max: number }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const scale = (v: number) => (Math.max(0, v) / Math.max(max, 1)) * (WIDTH - LABEL - 40);
  const height = units.length * ROW + ROW;
  const title = t(m.selfVsFinal);
  const hidden = useVisuallyHidden().hidden;
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
        <title>{title}</title>
        {units.map((u, i) => {
          const y = i * ROW;
          return (
            <g key={u.unit}>
              <text x={0} y={y + 15} className={styles.label}>
                {u.unit}
              </text>
              <rect
                x={LABEL}
                y={y + 3}
                width={scale(u.self)}
                height={9}
                className={u.totalInflated ? styles.inflated : styles.self}
              />
              <rect x={LABEL} y={y + 13} width={scale(u.final)} height={9} className={styles.final} />
              <text x={LABEL + scale(Math.max(u.self, u.final)) + 4} y={y + 15} className={styles.label}>
                {formatNumber(u.final, lang, 1)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${units.length * ROW + 6})`}>
          <rect width={10} height={10} className={styles.self} />
          <text x={14} y={9} className={styles.label}>
            {t(m.legendSelf)}
          </text>
          <rect x={90} width={10} height={10} className={styles.final} />
          <text x={104} y={9} className={styles.label}>
            {t(m.legendFinal)}
          </text>
        </g>
      </svg>
      <ul className={hidden}>
        {units.map((u) => (
          <li key={u.unit}>
            {t(m.selfVsFinalRow, {
              unit: u.unit,
              self: formatNumber(u.self, lang),
              final: formatNumber(u.final, lang),
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
