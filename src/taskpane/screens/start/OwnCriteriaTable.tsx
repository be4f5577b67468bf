// "Use my own criteria table": which 13 columns the table has, a button that reads it from the selection, then the
// core's findings placed on their cells (with a link to each) or, when the table reads cleanly, its preview.
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { render, type MessageDef } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { CRITERIA_TABLE_COLUMNS, CRITERIA_TABLE_HEADERS } from "../../../core/template/criteriaTableColumns";
import type { Host } from "../../../workbook/host/hostTypes";
import { ErrorBar } from "../../components/ErrorBar";
import { FindingItem } from "../../components/FindingItem";
import { useOperation } from "../../hooks/useOperation";
import { localize } from "../../messages/localize";
import { screenMessages as m } from "../../messages/screenMessages";
import { criteriaFromSelection, type SelectionCriteria } from "../../selectionCriteria";
import { summaryOf, TemplateCard } from "./TemplateCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  columns: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  findings: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  button: { alignSelf: "flex-start" },
});

/** A criteria table read from the selection (not a problem with the selection itself). */
export type OwnTable = Exclude<SelectionCriteria, { problem: unknown }>;

export interface OwnCriteriaTableProps {
  host: Host;
  lang: Lang;
  /** The table last read, or null before any. */
  table: OwnTable | null;
  onTable: (table: OwnTable | null) => void;
}

export function OwnCriteriaTable({ host, lang, table, onTable }: OwnCriteriaTableProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const op = useOperation();
  const [notice, setNotice] = useState<MessageDef<Record<string, never>> | null>(null);

  const read = async () => {
    const selection = await op.run(() => host.readSelection());
    if (selection === undefined) return;
    if (selection === null) return setNotice(m.noSelection);
    const parsed = criteriaFromSelection(selection, render(m.ownTemplateTitle, {}));
    if ("problem" in parsed) {
      setNotice(parsed.problem === "empty" ? m.criteriaSelectionEmpty : m.criteriaSelectionSingleCell);
      onTable(null);
      return;
    }
    setNotice(null);
    onTable(parsed);
  };

  return (
    <section className={styles.panel} aria-label={t(m.ownTemplateOption)}>
      <Caption1>{t(m.ownTableHelp)}</Caption1>
      <ol className={styles.columns} aria-label={t(m.ownTableColumns)}>
        {CRITERIA_TABLE_COLUMNS.map((column) => (
          <li key={column}>
            <Caption1>
              {CRITERIA_TABLE_HEADERS[column].vi}
              {lang === "en" ? ` (${CRITERIA_TABLE_HEADERS[column].en})` : ""}
            </Caption1>
          </li>
        ))}
      </ol>
      <Caption1 className={styles.muted}>{t(m.ownTableHelpCopy)}</Caption1>
      <Button
        className={styles.button}
        disabled={op.running}
        onClick={() => void read()}
        icon={op.running ? <Spinner size="tiny" /> : undefined}
      >
        {op.running ? t(m.readingSelection) : t(m.readCriteria)}
      </Button>
      {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(notice)}</MessageBarBody>
        </MessageBar>
      )}
      {!table && !notice && <Caption1 className={styles.muted}>{t(m.criteriaNotRead)}</Caption1>}
      {table && (
        <>
          <Body1>{localize(m.criteriaReadFrom, lang, { source: table.source })}</Body1>
          {table.findings.length > 0 && (
            <ul className={styles.findings} aria-label={t(m.criteriaFindings)}>
              {table.findings.map((f, i) => {
                const at = f.at;
                const select = at ? () => void host.select(at.sheet, at.cell).catch(() => undefined) : undefined;
                return <FindingItem key={i} finding={f} lang={lang} onSelect={select} />;
              })}
            </ul>
          )}
          {table.template && <TemplateCard summary={summaryOf(table.template, lang)} lang={lang} />}
        </>
      )}
    </section>
  );
}
