// The member units: a text area for typed or pasted lines, a button that fills it from the selection, how many units
// the lines hold and the core's findings about them.
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../../core/findings/findingTypes";
import type { MessageDef } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import type { Host } from "../../../workbook/host/hostTypes";
import { sheetReference } from "../../../workbook/layout/cellAddress";
import { ErrorBar } from "../../components/ErrorBar";
import { FindingItem } from "../../components/FindingItem";
import { useOperation } from "../../hooks/useOperation";
import { localize } from "../../messages/localize";
import { screenMessages as m } from "../../messages/screenMessages";
import { unitsFromSelection } from "../../selectionUnits";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  findings: { listStyleType: "none", margin: 0, padding: 0 },
  button: { alignSelf: "flex-start" },
});

export interface UnitsFieldProps {
  host: Host;
  lang: Lang;
  text: string;
  onText: (text: string) => void;
  /** Units the lines hold and the core's findings about them. */
  count: number;
  findings: readonly Finding[];
}

type Notice = { intent: "warning" | "success"; text: string };

export function UnitsField({ host, lang, text, onText, count, findings }: UnitsFieldProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const op = useOperation();
  const [notice, setNotice] = useState<Notice | null>(null);

  const read = async () => {
    const selection = await op.run(() => host.readSelection());
    if (selection === undefined) return;
    if (selection === null) return setNotice({ intent: "warning", text: t(m.noSelection) });
    const units = unitsFromSelection(selection.values);
    if ("problem" in units) {
      const message = units.problem === "empty" ? m.unitsSelectionEmpty : m.unitsSelectionSingleCell;
      return setNotice({ intent: "warning", text: t(message) });
    }
    onText(units.lines);
    const source = sheetReference(selection.sheet, selection.range);
    setNotice({ intent: "success", text: localize(m.unitsReadFrom, lang, { count: units.count, source }) });
  };

  return (
    <div className={styles.panel}>
      <Field label={t(m.units)} hint={t(m.unitsHint)}>
        <Textarea value={text} onChange={(_, d) => onText(d.value)} rows={6} resize="vertical" />
      </Field>
      <Button
        className={styles.button}
        disabled={op.running}
        onClick={() => void read()}
        icon={op.running ? <Spinner size="tiny" /> : undefined}
      >
        {op.running ? t(m.readingSelection) : t(m.readSelection)}
      </Button>
      {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 aria-live="polite">{localize(m.unitsCount, lang, { count })}</Caption1>
      {findings.length > 0 && (
        <ul className={styles.findings} aria-label={t(m.units)}>
          {findings.map((f, i) => (
            <FindingItem key={i} finding={f} lang={lang} />
          ))}
        </ul>
      )}
    </div>
  );
}
