// Phân tích (Analysis): the fairness measures in plain language with small charts: self vs final per unit, rater
// leniency and agreement (cross mode). Read-only: loaded on demand, it writes nothing to the workbook.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { AGREEMENT_LABELS } from "../../../core/messages/fairnessMessages";
import { formatNumber } from "../../../core/messages/messageTypes";
import { FindingItem } from "../../components/FindingItem";
import { OperationStatus } from "../../components/OperationStatus";
import { analysisMessages as m } from "../../messages/analysisMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { fairnessOfWorkbook, type WorkbookFairness } from "./fairnessOfWorkbook";
import { LeniencyChart } from "./LeniencyChart";
import { SelfFinalChart } from "./SelfFinalChart";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  cluster: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export function AnalysisScreen() {
  const styles = useStyles();
  const t = useT();
  const { host, lang, run, running } = usePane();
  const lock = useLock();
  const [analysis, setAnalysis] = useState<WorkbookFairness | null | undefined>(undefined);
  const analysing = running?.name === "analyse";

  const analyse = () =>
    void run("analyse", async () => {
      setAnalysis(await fairnessOfWorkbook(host));
    });

  const contentMax = analysis ? Math.max(1, ...analysis.result.units.map((u) => Math.max(u.self.total, u.final))) : 1;

  return (
    <section aria-labelledby="analysis-title" className={styles.screen}>
      <Subtitle2 as="h2" id="analysis-title" className={styles.heading}>
        {t(m.title)}
      </Subtitle2>
      <Button appearance="primary" onClick={analyse} icon={analysing ? <Spinner size="tiny" /> : undefined} {...lock}>
        {analysing ? t(m.running) : t(m.run)}
      </Button>
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
            <ul className={styles.list}>
              {analysis.report.findings.map((f, i) => (
                <FindingItem key={i} finding={f} />
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
