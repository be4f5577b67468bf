// The member units: a text area for typed or pasted lines, a button that fills it from the selection, how many units
// the lines hold and the core's findings about them.
import { Caption1, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../../core/findings/findingTypes";
import type { RangeRead } from "../../../workbook/host/hostTypes";
import { sheetReference } from "../../../workbook/layout/cellAddress";
import { FindingList } from "../../components/FindingList";
import { screenMessages as m } from "../../messages/screenMessages";
import { useT } from "../../pane/language";
import { ReadSelectionButton } from "./ReadSelectionButton";
import { unitsFromSelection } from "./selectionUnits";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface UnitsFieldProps {
  text: string;
  onText: (text: string) => void;
  /** Units the lines hold and the core's findings about them. */
  count: number;
  findings: readonly Finding[];
}

type Notice = { intent: "warning" | "success"; text: string };

export function UnitsField({ text, onText, count, findings }: UnitsFieldProps) {
  const styles = useStyles();
  const t = useT();
  const [notice, setNotice] = useState<Notice | null>(null);

  const read = (selection: RangeRead | null) => {
    if (selection === null) return setNotice({ intent: "warning", text: t(m.noSelection) });
    const units = unitsFromSelection(selection.values);
    if ("problem" in units) {
      const message = units.problem === "empty" ? m.unitsSelectionEmpty : m.unitsSelectionSingleCell;
      return setNotice({ intent: "warning", text: t(message) });
    }
    onText(units.lines);
    const source = sheetReference(selection.sheet, selection.range);
    setNotice({ intent: "success", text: t(m.unitsReadFrom, { count: units.count, source }) });
  };

  return (
    <div className={styles.panel}>
      <Field label={t(m.units)} hint={t(m.unitsHint)}>
        <Textarea value={text} onChange={(_, d) => onText(d.value)} rows={6} resize="vertical" />
      </Field>
      <ReadSelectionButton operation="read-units" label={m.readSelection} onRead={read} />
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 aria-live="polite">{t(m.unitsCount, { count })}</Caption1>
      {findings.length > 0 && <FindingList findings={findings} label={t(m.units)} />}
    </div>
  );
}
