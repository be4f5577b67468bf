// Xếp hạng (Rank): ranks the workbook in place and shows each cluster's ranking as a list (rank, unit, score, grade,
// award, and the reasons under each unit), the grade abbreviations spelt out once, and the findings on awards that
// name no unit; says when the workbook's results are stale.
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { bearsOnAwards } from "../../../core/findings/bearsOnAwards";
import { rankWorkbook, type WorkbookRanking } from "../../../workbook/operations/rankWorkbook";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { screenMessages as m } from "../../messages/screenMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { GRADE_TERMS } from "../../../core/messages/glossary";
import type { Grade } from "../../../core/model/gradeTypes";
import { useLang } from "../../pane/language";
import { ClusterList } from "./ClusterList";

const GRADES: readonly Grade[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

const useStyles = makeStyles({
  heading: { margin: 0 },
});

export function RankScreen() {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, now, run, workbook, ranked } = usePane();
  const [ranking, setRanking] = useState<WorkbookRanking | null>(null);

  const rank = async () => {
    const result = await run("rank", (progress) => rankWorkbook(host, { now: now(), progress }));
    if (!result) return;
    setRanking(result);
    if (result.result) ranked();
  };

  const result = ranking?.result ?? null;
  const awardFindings = (ranking?.findings ?? []).filter(
    // What changes who is proposed for an award, and when the ranking was refused, the errors that stopped it.
    (f) => bearsOnAwards(f) || (!result && f.severity === "error"),
  );
  // A finding about one ranked unit is shown under it; the rest (a cluster's, a refusal's) in the list below.
  const unitsShown = new Set(result?.units.map((u) => u.unit.code) ?? []);
  const listed = awardFindings.filter((f) => !(f.location.unit && unitsShown.has(f.location.unit)));

  return (
    <ScreenSection id="rank-title" title={t(m.rankTitle)}>
      {workbook.stale && !result && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(m.rankStale)}</MessageBarBody>
        </MessageBar>
      )}
      <RunButton
        operation="rank"
        label={m.rankRun}
        runningLabel={m.rankRunning}
        appearance="primary"
        onClick={() => void rank()}
      />
      <OperationStatus of={["rank"]} />
      {!ranking && <Body1>{t(m.rankEmpty)}</Body1>}
      {ranking && !result && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.rankRefused)}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <MessageBar intent="success">
          <MessageBarBody>{t(m.rankDone)}</MessageBarBody>
        </MessageBar>
      )}
      {result?.clusters.map((cluster) => (
        <ClusterList key={cluster.cluster} cluster={cluster} units={result.units} findings={awardFindings} />
      ))}
      {result && (
        <Caption1>
          {GRADES.map((g) => t(m.gradeLegendEntry, { grade: g, full: GRADE_TERMS[g].full[lang] })).join("; ")}.
        </Caption1>
      )}
      {listed.length > 0 && (
        <section aria-labelledby="award-findings">
          <Subtitle2 as="h3" id="award-findings" className={styles.heading}>
            {t(m.awardFindings)}
          </Subtitle2>
          <FindingList findings={listed} />
        </section>
      )}
    </ScreenSection>
  );
}
