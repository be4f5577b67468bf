// Tự kiểm tra: runs the self-test in the open workbook as the pane's one operation, with a progress line per step,
// then shows the verdict, each step's result and the report to copy into an email to support. In a workbook that
// holds a scoring table it only says to open a blank workbook: the self-test never runs over a secretariat's data.
// The screen is a tab of a working workbook; its panel also opens from the Start screen (SelfTestEntry).
import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { excelEnvironment } from "../../../hosts/office/excelEnvironment";
import { runSelfTest } from "../../../workbook/selftest/runSelfTest";
import { selfTestPassed, type ExcelEnvironment, type SelfTestResult } from "../../../workbook/selftest/selfTestReport";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { selfTestPaneMessages as m } from "../../messages/selfTestMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { ReportCopy } from "./ReportCopy";
import { SelfTestSteps } from "./SelfTestSteps";
import { xlsxFormFiles } from "./selfTestFiles";

export function SelfTestScreen() {
  const t = useT();
  return (
    <ScreenSection id="self-test-title" title={t(m.title)}>
      <SelfTestPanel />
    </ScreenSection>
  );
}

export function SelfTestPanel() {
  const t = useT();
  const { host, lang, now, run, workbook } = usePane();
  const [outcome, setOutcome] = useState<{ result: SelfTestResult; environment: ExcelEnvironment } | null>(null);
  const working = workbook.hasTable;
  const unavailable = !host.removeParts;

  const start = async () => {
    setOutcome(null);
    const result = await run("self-test", (progress) =>
      runSelfTest(host, { now, lang, files: xlsxFormFiles, progress }),
    );
    // The environment is read when the run ends: the report says which Excel it ran in.
    if (result) setOutcome({ result, environment: excelEnvironment() });
  };

  const failed = outcome ? outcome.result.steps.filter((s) => s.status === "fail") : [];
  return (
    <>
      <Body1>{t(m.intro)}</Body1>
      <Body1>{t(m.when)}</Body1>
      {(working || unavailable) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(working ? m.needsBlank : m.unavailable)}</MessageBarBody>
        </MessageBar>
      )}
      <RunButton
        operation="self-test"
        label={m.run}
        runningLabel={m.running}
        appearance="primary"
        blocked={working || unavailable}
        onClick={() => void start()}
      />
      <OperationStatus of={["self-test"]} />
      {outcome && (
        <>
          <MessageBar intent={selfTestPassed(outcome.result) ? "success" : "error"} layout="multiline">
            <MessageBarBody>
              {selfTestPassed(outcome.result) ? t(m.passed) : t(m.failed, { count: failed.length })}
            </MessageBarBody>
          </MessageBar>
          <SelfTestSteps result={outcome.result} />
          <ReportCopy result={outcome.result} environment={outcome.environment} />
        </>
      )}
    </>
  );
}
