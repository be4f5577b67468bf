// Phân tích (Analysis): the fairness measures in plain language with small charts: self vs final per unit, rater
// leniency and agreement (cross mode). Read-only: loaded on demand, it writes nothing to the workbook.
import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AGREEMENT_LABELS } from "../../../core/messages/fairnessMessages";
import { formatNumber } from "../../../core/messages/messageTypes";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { analysisMessages as m } from "../../messages/analysisMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { fairnessOfWorkbook, type WorkbookFairness } from "./fairnessOfWorkbook";
import { LeniencyChart } from "./LeniencyChart";
import { SelfFinalChart } from "./SelfFinalChart";

const useStyles = makeStyles({
  heading: { margin: 0 },
  cluster: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function AnalysisScreen() {
  const styles = useStyles();
  const t = useT();
  const { host, lang, run } = usePane();
  const [analysis, setAnalysis] = useState<WorkbookFairness | null | undefined>(undefined);

  const analyse = () =>
    void run("analyse", async () => {
      setAnalysis(await fairnessOfWorkbook(host));
    });

  const contentMax = analysis ? Math.max(1, ...analysis.result.units.map((u) => Math.max(u.self.total, u.final))) : 1;

  return (
    <ScreenSection id="analysis-title" title={t(m.title)}>
      <RunButton operation="analyse" label={m.run} runningLabel={m.running} appearance="primary" onClick={analyse} />
      <OperationStatus of={["analyse"]} />
      {analysis === undefined && <Body1>{t(m.empty)}</Body1>}
      {analysis === null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.refused)}</MessageBarBody>
        </MessageBar>
      )}
      {analysis?.report.clusters.map((c) => {
        const headingId = `analysis-${c.cluster}`;
        const w = c.agreement?.result.status === "computed" ? c.agreement.result : null;
        return (
          <section key={c.cluster} aria-labelledby={headingId} className={styles.cluster}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {c.cluster}
            </Subtitle2>
            <SelfFinalChart units={c.selfInflation} max={contentMax} />
            {c.leniency && <LeniencyChart raters={c.leniency.raters} />}
            {w && (
              <Body1>{t(m.agreement, { w: formatNumber(w.w, lang), label: AGREEMENT_LABELS[w.label][lang] })}</Body1>
            )}
            {c.agreement?.refusal && <Body1>{c.agreement.refusal[lang]}</Body1>}
          </section>
        );
      })}
      {analysis && (
        <section aria-labelledby="analysis-findings" className={styles.cluster}>
          <Subtitle2 as="h3" id="analysis-findings" className={styles.heading}>
            {t(m.findings)}
          </Subtitle2>
          {analysis.report.findings.length === 0 ? (
            <Body1>{t(m.noFindings)}</Body1>
          ) : (
            <FindingList findings={analysis.report.findings} />
          )}
        </section>
      )}
    </ScreenSection>
  );
}
