// Step 1, Danh sách bình xét: whether the list is prepared and drawn from the current ranking, the button that
// prepares it (prepareMeeting), and the chosen cluster's standing: the candidates the score rules propose for each
// award (rank, score, grade) and the units inside an award's cut-off left out, with the reason.
import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { AWARD_TERMS, GRADE_TERMS } from "../../../core/messages/glossary";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { Award } from "../../../core/model/gradeTypes";
import { unitLabel } from "../../../core/ranking/unitLabel";
import type { ClusterStanding, LeftOut } from "../../../core/voting/clusterStanding";
import { meetingMessages as sheetWords } from "../../../workbook/messages/meetingMessages";
import { prepareMeeting, type PreparedMeeting } from "../../../workbook/operations/prepareMeeting";
import type { ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useLang, useT, type Translate } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { MeetingFindings } from "./MeetingFindings";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  caption: { textAlign: "start", paddingBlockEnd: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const AWARDS: readonly Award[] = ["co-thi-dua", "bang-khen"];

/** Why a unit is left out, in the words of the sheet's left-out table. */
function leftOutReason(l: LeftOut, t: Translate): string {
  if (l.reason === "disqualified") return t(sheetWords.leftOutDisqualified);
  if (l.reason === "tie") return t(sheetWords.leftOutTie);
  return t(sheetWords.leftOutGrade, { grade: l.grade });
}

function AwardTable({ standing, award }: { standing: ClusterStanding; award: Award }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const byCode = new Map(standing.units.map((u) => [u.unit.code, u]));
  const chosen = standing.candidates.filter((c) => c.award === award).map((c) => byCode.get(c.unit.code)!);
  const caption = t(m.quotaCaption, {
    award: AWARD_TERMS[award].short[lang],
    quota: standing.quota[award],
    cutoff: standing.cutoff[award],
  });
  if (chosen.length === 0) {
    return (
      <div>
        <Caption1 block>{caption}</Caption1>
        <Body1>{t(m.noCandidates)}</Body1>
      </div>
    );
  }
  return (
    <Table size="extra-small" className={styles.table} aria-label={`${standing.cluster} – ${caption}`}>
      <caption className={styles.caption}>
        <Caption1>{caption}</Caption1>
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(m.colRank)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colUnit)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colFinal)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colGrade)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {chosen.map((u) => (
          <TableRow key={u.unit.code}>
            <TableCell>{u.rank}</TableCell>
            <TableCell>{unitLabel(u.unit)}</TableCell>
            <TableCell>{formatNumber(u.final, lang)}</TableCell>
            <TableCell>
              <abbr title={GRADE_TERMS[u.grade].full[lang]}>{u.grade}</abbr>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export interface CandidatesStepProps {
  state: ReadyMeeting;
  standing: ClusterStanding | null;
  /** The workbook changed: read the meeting again. */
  refresh: () => void;
}

export function CandidatesStep({ state, standing, refresh }: CandidatesStepProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, now, run } = usePane();
  const [prepared, setPrepared] = useState<PreparedMeeting | null>(null);

  const prepare = async () => {
    const result = await run("prepare-meeting", (progress) => prepareMeeting(host, { now: now(), progress }));
    if (!result) return;
    setPrepared(result);
    refresh();
  };

  return (
    <>
      {state.list === "none" && <Body1>{t(m.listNone)}</Body1>}
      {state.list === "stale" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(sheetWords.candidatesStale)}</MessageBarBody>
        </MessageBar>
      )}
      {state.list === "current" && !prepared?.plan && <Body1>{t(m.listCurrent)}</Body1>}
      <RunButton
        operation="prepare-meeting"
        label={state.list === "none" ? m.prepare : m.prepareAgain}
        runningLabel={m.preparing}
        appearance={state.list === "current" ? "secondary" : "primary"}
        onClick={() => void prepare()}
      />
      <OperationStatus of={["prepare-meeting"]} />
      {prepared?.plan && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(m.prepared)}</MessageBarBody>
        </MessageBar>
      )}
      {prepared && !prepared.plan && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.notPrepared)}</MessageBarBody>
        </MessageBar>
      )}
      {prepared && prepared.findings.length > 0 && <MeetingFindings findings={prepared.findings} />}
      {standing && (
        <>
          <Body1>{t(m.members, { count: standing.members })}</Body1>
          {AWARDS.map((award) => (
            <AwardTable key={award} standing={standing} award={award} />
          ))}
          {standing.leftOut.length > 0 && (
            <div>
              <Caption1 block>{t(m.leftOutTitle)}</Caption1>
              <ul className={styles.list}>
                {standing.leftOut.map((l) => (
                  <li key={`${l.award}:${l.unit.code}`}>
                    <Caption1>
                      {t(m.leftOutItem, {
                        unit: unitLabel(l.unit),
                        rank: l.rank,
                        award: AWARD_TERMS[l.award].short[lang],
                        reason: leftOutReason(l, t),
                      })}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Caption1>{t(m.addedNote)}</Caption1>
        </>
      )}
    </>
  );
}
