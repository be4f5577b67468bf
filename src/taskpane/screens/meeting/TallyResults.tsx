// One cluster's vote as counted: members present and the quorum, each motion with its ballots, share and result
// (Đạt, Không đạt, Không đủ túc số, …), and next year's leader and deputy elected.
import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { AWARD_TERMS } from "../../../core/messages/glossary";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { BodyKind } from "../../../core/messages/votingMessages";
import { unitLabel } from "../../../core/ranking/unitLabel";
import type { ClusterTally, TalliedEntry } from "../../../core/voting/tallyCluster";
import { isAwardMatter } from "../../../core/voting/votingTypes";
import { matterLabel } from "../../../workbook/meeting/matterLabels";
import { ballotMessages } from "../../../workbook/messages/ballotMessages";
import { meetingMessages as sheetWords } from "../../../workbook/messages/meetingMessages";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  table: { tableLayout: "auto" },
  // The result is a word or two: kept on one line, the table gives it the room it needs at 350 px.
  result: { whiteSpace: "nowrap" },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface TallyResultsProps {
  tally: ClusterTally;
  /** The tally was recorded (else: the ballots as they stand, not written). */
  recorded: boolean;
  body: BodyKind;
  year: number | null;
}

export function TallyResults({ tally, recorded, body, year }: TallyResultsProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const next = ballotMessages.nextYear[lang]({ year: year === null ? 0 : year + 1 });

  const resultOf = (e: TalliedEntry): { text: string; passed: boolean | null } => {
    if (e.faulty) return { text: t(m.faulty), passed: false };
    switch (e.outcome.status) {
      case "passed":
        return { text: t(sheetWords.resultPassed), passed: true };
      case "failed":
        return { text: t(sheetWords.resultFailed), passed: false };
      case "no-quorum":
        return { text: t(sheetWords.resultNoQuorum), passed: false };
      case "invalid":
        return { text: t(sheetWords.resultInvalid), passed: false };
      default:
        return { text: t(m.notVoted), passed: null };
    }
  };
  const matterOf = (e: TalliedEntry) => {
    const matter = e.entry.matter;
    if (matter === null) return e.entry.matterText;
    const name = isAwardMatter(matter) ? AWARD_TERMS[matter].short[lang] : matterLabel(matter, body, lang) + next;
    return e.entry.source === "meeting" && isAwardMatter(matter) ? `${name} (${t(sheetWords.sourceAdded)})` : name;
  };
  const votesOf = (e: TalliedEntry) => {
    const { yes, no, share } = e.outcome;
    if (yes === null || no === null) return "—";
    return t(m.votesCell, { yes, no, share: share === null ? "—" : formatNumber(share * 100, lang, 2) });
  };
  const quorum =
    tally.present === null
      ? t(m.presentUnknown)
      : t(tally.quorum.met ? m.quorumMet : m.quorumMissed, {
          present: tally.present,
          members: tally.members,
          needed: tally.quorum.needed,
        });
  const elected = (role: "leader" | "deputy") => {
    const won = tally[role];
    const name = matterLabel(role, body, lang) + next;
    return won
      ? t(m.elected, { role: name, unit: unitLabel(won.unit), yes: won.yes, basis: won.basis })
      : t(m.notElected, { role: name });
  };

  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {t(recorded ? m.resultsTitle : m.previewTitle, { cluster: tally.cluster })}
      </Subtitle2>
      <Body1>{quorum}</Body1>
      {tally.entries.length > 0 && (
        <Table size="extra-small" className={styles.table} aria-label={t(m.votesTable)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(m.colMatter)}</TableHeaderCell>
              <TableHeaderCell>{t(m.colVotes)}</TableHeaderCell>
              <TableHeaderCell className={styles.result}>{t(m.colResult)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tally.entries.map((e) => {
              const result = resultOf(e);
              return (
                <TableRow key={e.entry.row}>
                  <TableCell>
                    <Caption1 block>{matterOf(e)}</Caption1>
                    {e.standing ? unitLabel(e.standing.unit) : e.entry.unit}
                  </TableCell>
                  <TableCell>{votesOf(e)}</TableCell>
                  <TableCell className={styles.result}>
                    <span
                      className={
                        result.passed === true ? styles.passed : result.passed === false ? styles.failed : undefined
                      }
                    >
                      {result.text}
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Body1>{elected("leader")}</Body1>
      <Body1>{elected("deputy")}</Body1>
    </section>
  );
}
