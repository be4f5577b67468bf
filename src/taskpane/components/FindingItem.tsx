// One finding as a list item: severity, message, and where the workbook allows it a link to the cell and a fix.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../core/findings/findingTypes";
import { screenMessages as m } from "../messages/screenMessages";
import { useLang, useT } from "../pane/language";
import { useLock } from "../pane/paneContext";

const useStyles = makeStyles({
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

export interface FindingItemProps {
  finding: Finding & { cell?: string | null };
  onSelect?: () => void;
  onFix?: () => void;
}

export function FindingItem({ finding, onSelect, onFix }: FindingItemProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  // Going to a cell and fixing one both talk to Excel: they wait while another operation runs.
  const lock = useLock();
  const icon =
    finding.severity === "error" ? (
      <ErrorCircle16Filled aria-hidden className={styles.error} />
    ) : finding.severity === "warning" ? (
      <Warning16Filled aria-hidden className={styles.warning} />
    ) : (
      <Info16Regular aria-hidden className={styles.info} />
    );
  return (
    <li className={styles.item}>
      {icon}
      <div className={styles.text}>
        <Caption1 as="p" block>
          {finding.message[lang]}
        </Caption1>
        {(onSelect || onFix) && (
          <div className={styles.actions}>
            {onSelect && finding.cell && (
              <Button size="small" appearance="transparent" onClick={onSelect} {...lock}>
                {t(m.goToCell, { cell: finding.cell })}
              </Button>
            )}
            {onFix && finding.fix && (
              <Button size="small" appearance="secondary" onClick={onFix} {...lock}>
                {finding.fix.label[lang]}
              </Button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
