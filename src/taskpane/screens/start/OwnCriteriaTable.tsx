// "Use my own criteria table": which 13 columns the table has, a button that reads it from the selection, then the
// core's findings placed on their cells (with a link to each) or, when the table reads cleanly, its preview.
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { render, type MessageDef } from "../../../core/messages/messageTypes";
import { CRITERIA_TABLE_COLUMNS, CRITERIA_TABLE_HEADERS } from "../../../core/template/criteriaTableColumns";
import type { RangeRead } from "../../../workbook/host/hostTypes";
import { FindingList } from "../../components/FindingList";
import { screenMessages as m } from "../../messages/screenMessages";
import { useLang, useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { ReadSelectionButton } from "./ReadSelectionButton";
import { criteriaFromSelection, type SelectionCriteria } from "./selectionCriteria";
import { summaryOf, TemplateCard } from "./TemplateCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  columns: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A criteria table read from the selection (not a problem with the selection itself). */
export type OwnTable = Exclude<SelectionCriteria, { problem: unknown }>;

export interface OwnCriteriaTableProps {
  /** The table last read, or null before any. */
  table: OwnTable | null;
  onTable: (table: OwnTable | null) => void;
}

export function OwnCriteriaTable({ table, onTable }: OwnCriteriaTableProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, run } = usePane();
  const [notice, setNotice] = useState<MessageDef<Record<string, never>> | null>(null);

  const read = (selection: RangeRead | null) => {
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
      <ReadSelectionButton operation="read-criteria" label={m.readCriteria} onRead={read} />
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(notice)}</MessageBarBody>
        </MessageBar>
      )}
      {!table && !notice && <Caption1 className={styles.muted}>{t(m.criteriaNotRead)}</Caption1>}
      {table && (
        <>
          <Body1>{t(m.criteriaReadFrom, { source: table.source })}</Body1>
          {table.findings.length > 0 && (
            <FindingList
              findings={table.findings}
              label={t(m.criteriaFindings)}
              onSelect={({ at }) =>
                at ? () => void run("select-cell", () => host.select(at.sheet, at.cell)) : undefined
              }
            />
          )}
          {table.template && <TemplateCard summary={summaryOf(table.template, lang)} />}
        </>
      )}
    </section>
  );
}
