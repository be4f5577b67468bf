// Xếp hạng (Rank): ranks the workbook in place and shows each cluster's table (rank, unit, final, grade, award,
// tie-break note) with the findings that bear on awards; says when the workbook's results are stale.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { bearsOnAwards } from "../../core/findings/bearsOnAwards";
import { AWARD_TERMS, GRADE_TERMS } from "../../core/messages/glossary";
import { formatNumber, type MessageDef } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host } from "../../workbook/host/hostTypes";
import { rankWorkbook, type WorkbookRanking } from "../../workbook/operations/rankWorkbook";
import { ErrorBar } from "../components/ErrorBar";
import { FindingItem } from "../components/FindingItem";
import { useOperation } from "../hooks/useOperation";
import { localize } from "../messages/localize";
import { screenMessages as m } from "../messages/screenMessages";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  table: { tableLayout: "auto" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface RankScreenProps {
  host: Host;
  lang: Lang;
  now: () => string;
  /** The last validation said the workbook's results no longer match its entries. */
  stale: boolean;
  onRanked?: () => void;
}

export function RankScreen({ host, lang, now, stale, onRanked }: RankScreenProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const [ranking, setRanking] = useState<WorkbookRanking | null>(null);
  const op = useOperation();

  const rank = () =>
    void op.run(async (progress) => {
      const ranked = await rankWorkbook(host, { now: now(), progress });
      setRanking(ranked);
      if (ranked.result) onRanked?.();
    });

  const result = ranking?.result ?? null;
  const awardFindings = (ranking?.findings ?? []).filter(
    // What changes who is proposed for an award, and when the ranking was refused, the errors that stopped it.
    (f) => bearsOnAwards(f) || (!result && f.severity === "error"),
  );

  return (
    <section aria-labelledby="rank-title" className={styles.screen}>
      <Subtitle2 as="h2" id="rank-title" className={styles.heading}>
        {t(m.rankTitle)}
      </Subtitle2>
      {stale && !result && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(m.rankStale)}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        disabled={op.running}
        onClick={rank}
        icon={op.running ? <Spinner size="tiny" /> : undefined}
      >
        {op.running ? t(m.rankRunning) : t(m.rankRun)}
      </Button>
      {op.running && <ProgressBar value={op.progress ?? undefined} aria-label={t(m.rankRunning)} />}
      {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
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
      {result?.clusters.map((cluster) => {
        // The cluster label is the workbook's own ("Cụm 1", "Khối Sở"): shown as the user wrote it.
        const caption = cluster.cluster;
        return (
          <Table key={cluster.cluster} size="extra-small" aria-label={caption} className={styles.table}>
            <caption>
              <Subtitle2>{caption}</Subtitle2>
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(m.colRank)}</TableHeaderCell>
                <TableHeaderCell>{t(m.colUnit)}</TableHeaderCell>
                <TableHeaderCell>{t(m.colFinal)}</TableHeaderCell>
                <TableHeaderCell>{t(m.colGrade)}</TableHeaderCell>
                <TableHeaderCell>{t(m.colAward)}</TableHeaderCell>
                <TableHeaderCell>{t(m.colTieBreak)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {cluster.members.map((index) => {
                const u = result.units[index];
                return (
                  <TableRow key={u.unit.code}>
                    <TableCell>{u.rank}</TableCell>
                    <TableCell>{u.unit.name}</TableCell>
                    <TableCell>{formatNumber(u.final, lang)}</TableCell>
                    <TableCell>
                      <abbr title={GRADE_TERMS[u.grade].full[lang]}>{u.grade}</abbr>
                    </TableCell>
                    <TableCell>{u.award ? AWARD_TERMS[u.award].short[lang] : ""}</TableCell>
                    <TableCell>{u.tieBreakNote ? u.tieBreakNote[lang] : ""}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        );
      })}
      {awardFindings.length > 0 && (
        <section aria-labelledby="award-findings">
          <Subtitle2 as="h3" id="award-findings" className={styles.heading}>
            {t(m.awardFindings)}
          </Subtitle2>
          <ul className={styles.list}>
            {awardFindings.map((f, i) => (
              <FindingItem key={i} finding={f} lang={lang} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
