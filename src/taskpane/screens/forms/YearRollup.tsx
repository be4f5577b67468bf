// Tổng hợp năm (year roll-up): the period workbooks picked are read and opened, rolled up into a new .xlsx workbook
// (rollupPeriodWorkbooks: each unit's mean of the periods present, graded on the template) that opens as a new Excel
// workbook under a suggested name; what the roll-up found (missing periods, files left out and why) is listed.
import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { render, type Bilingual } from "../../../core/messages/messageTypes";
import { ROLLUP_RULES, rollupMessages as R } from "../../../workbook/messages/rollupMessages";
import { rollupPeriodWorkbooks, type RollupFinding } from "../../../workbook/rollup/rollupPeriodWorkbooks";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { formsMessages as m } from "../../messages/formsMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { FilePicker } from "./FilePicker";
import { newXlsxWorkbook, openPicked, reporter } from "./xlsxFiles";

/** Share of the progress bar for reading the files; the roll-up and opening the summary take the rest. */
const READ = 0.4;
const ROLLUP = 0.4;

type Outcome = { findings: RollupFinding[]; fileName: string | null };

function unreadable(file: string, reason: Bilingual): RollupFinding {
  return {
    rule: ROLLUP_RULES.unreadable,
    severity: "error",
    location: {},
    message: { vi: R.unreadable.vi({ file, reason: reason.vi }), en: R.unreadable.en({ file, reason: reason.en }) },
    file,
  };
}

export function YearRollup() {
  const t = useT();
  const { openWorkbook, run } = usePane();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const rollup = (files: File[]) =>
    void run("rollup", async (progress) => {
      const report = reporter(progress);
      setOutcome(null);
      const { opened, readable: sources } = await openPicked(files, report, READ);
      const summary = await newXlsxWorkbook();
      report(READ, render(m.rollupSummarising, {}));
      const result = await rollupPeriodWorkbooks(sources, summary.host, {
        progress: (p) => report(READ + ROLLUP * p.fraction, render(m.rollupSummarising, {})),
      });
      const findings = [
        ...opened.flatMap((o) => (o.host ? [] : [unreadable(o.fileName, o.reason)])),
        ...result.findings,
      ];
      if (!result.plan || result.year === null) {
        setOutcome({ findings, fileName: null });
        return;
      }
      report(READ + ROLLUP, render(m.rollupOpening, {}));
      await openWorkbook(await summary.save());
      setOutcome({ findings, fileName: t(m.rollupFileName, { year: result.year }) });
    });

  return (
    <ScreenSection id="rollup-title" title={t(m.rollupTitle)} dense>
      <Body1>{t(m.rollupIntro)}</Body1>
      <FilePicker label={t(m.rollupPick)} inputLabel={t(m.rollupInput)} dropHint={t(m.dropHint)} onFiles={rollup} />
      <OperationStatus of={["rollup"]} />
      {outcome && (
        <MessageBar intent={outcome.fileName ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {outcome.fileName ? t(m.rollupDone, { file: outcome.fileName }) : t(m.rollupNone)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.findings.length > 0 && (
        <FindingList findings={outcome.findings} label={t(m.rollupFindings)} />
      )}
    </ScreenSection>
  );
}
