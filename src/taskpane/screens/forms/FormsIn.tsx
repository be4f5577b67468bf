// Phiếu gửi về (forms in): the returned files picked or dropped are read and opened one by one, checked against
// the open workbook and the accepted ones written in with one apply (collectForms); each file then shows as
// accepted (cells changed, the earlier return it replaces, at local time) or refused with its findings and the note
// to send the unit. A file that is not a workbook is refused like a bad form and logged like one; when every file is
// refused the screen says that no entry changed and that the log records them.
import {
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { render } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { collectForms, type CollectedForm, type CollectResult } from "../../../workbook/operations/collectForms";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import { LAYER_TERMS } from "../../../core/messages/glossary";
import { refusalNote } from "../../../workbook/forms/refusalNote";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { formsMessages as m } from "../../messages/formsMessages";
import { useLang, useT } from "../../pane/language";
import { useLocalTime } from "../../pane/useLocalTime";
import { usePane } from "../../pane/paneContext";
import { FilePicker } from "./FilePicker";
import { listEntryStyle } from "./listEntryStyle";
import { RefusalNoteCopy } from "./RefusalNoteCopy";
import { openPicked, reporter } from "./xlsxFiles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  file: listEntryStyle(tokens.spacingVerticalXXS),
  title: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
});

/** Share of the progress bar each phase takes: reading the files, checking the forms, writing the workbook. */
const READ = 0.4;
const CHECK = 0.3;

type Outcome = { result: CollectResult; forms: CollectedForm[] };

/** The finding with the sheet and cell of the returned file it points at, when it has them. */
function placed(finding: LocatedFinding): LocatedFinding {
  if (!finding.sheet || !finding.cell) return finding;
  const at = (lang: Lang) =>
    m.findingPlace[lang]({ message: finding.message[lang], sheet: finding.sheet!, cell: finding.cell! });
  // No cell to go to: the cell is in the returned file, not in this workbook.
  return { ...finding, message: { vi: at("vi"), en: at("en") }, cell: null } as LocatedFinding;
}

export function FormsIn() {
  const styles = useStyles();
  const t = useT();
  const { host, now, run, workbook } = usePane();
  const lang = useLang();
  const localTime = useLocalTime();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const collect = (files: File[]) =>
    void run("collect-forms", async (progress) => {
      const report = reporter(progress);
      setOutcome(null);
      const { opened } = await openPicked(files, report, READ);
      // Every file goes to collectForms, the unreadable ones with their reason, so that each leaves its log row.
      // collectForms reports once per file before checking it, then the host reports its writing.
      let checked = 0;
      const result = await collectForms(host, opened, {
        now: now(),
        progress: (p) => {
          if (checked < opened.length) {
            const file = opened[checked].fileName;
            report(
              READ + (CHECK * checked) / opened.length,
              render(m.checking, { index: checked + 1, total: opened.length, file }),
            );
            checked++;
          } else {
            report(READ + CHECK + (1 - READ - CHECK) * p.fraction, render(m.writing, {}));
          }
        },
      });
      setOutcome({ result, forms: result.forms });
    });

  const kindOf = (form: CollectedForm) => LAYER_TERMS[form.kind ?? "self"].inText[lang];
  const nameOf = (code: string | null) => workbook.validation?.meta?.units.find((u) => u.code === code)?.name ?? null;
  const accepted = outcome?.forms.filter((f) => f.accepted).length ?? 0;
  const refused = (outcome?.forms.length ?? 0) - accepted;

  return (
    <ScreenSection id="forms-in-title" title={t(m.inTitle)} dense>
      <Body1>{t(m.inIntro)}</Body1>
      <FilePicker label={t(m.pick)} inputLabel={t(m.pickInput)} dropHint={t(m.dropHint)} onFiles={collect} />
      <OperationStatus of={["collect-forms"]} />
      {outcome && !outcome.result.usable && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.masterUnusable)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.result.usable && (
        <MessageBar intent={accepted > 0 ? (refused > 0 ? "warning" : "success") : "error"} layout="multiline">
          <MessageBarBody>
            {t(m.collected, { accepted, refused })}{" "}
            {accepted > 0 ? t(m.writtenHint) : outcome.result.plan ? t(m.nothingWritten) : t(m.nothingChanged)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.result.findings.length > 0 && (
        <section aria-label={t(m.masterFindings)}>
          <FindingList findings={outcome.result.findings} />
        </section>
      )}
      {outcome?.result.usable && (
        <ul className={styles.list} aria-label={t(m.resultsTable)}>
          {outcome.forms.map((form, i) => (
            <li key={i} className={styles.file}>
              <div className={styles.title}>
                <Badge appearance="filled" color={form.accepted ? "success" : "danger"}>
                  {form.accepted ? t(m.accepted) : t(m.refused)}
                </Badge>
                <Body1Strong>{form.file}</Body1Strong>
              </div>
              {form.accepted && (
                <Caption1>
                  {t(m.acceptedDetail, {
                    kind: kindOf(form),
                    unit: form.unit ?? "",
                    changed: form.changed,
                  })}
                  {form.replaces &&
                    ` ${t(m.replaces, { file: form.replaces.file, time: localTime(form.replaces.time) })}`}
                </Caption1>
              )}
              {form.findings.length > 0 && (
                <FindingList findings={form.findings.map(placed)} label={t(m.findingsOf, { file: form.file })} />
              )}
              {!form.accepted && (
                <RefusalNoteCopy note={refusalNote(form, nameOf(form.unit))![lang]} file={form.file} />
              )}
            </li>
          ))}
        </ul>
      )}
    </ScreenSection>
  );
}
