// Step 4, Kiểm phiếu: the chosen cluster's members present and, row by row of the vote table, the ballots in favour
// and against (prefilled from the Bình xét sheet), next year's leader and deputy nominees, and units the meeting adds
// with their written reason; then tallyMeeting over every cluster with what the user changed. Nothing is written
// while anything is wrong: the errors point at their rows and cells. Results show once counted.
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ClusterStanding } from "../../../core/voting/clusterStanding";
import { quorumOf } from "../../../core/voting/motionTally";
import type { VoteRowRead } from "../../../workbook/meeting/readMeeting";
import { meetingMessages as sheetWords } from "../../../workbook/messages/meetingMessages";
import type { ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { tallyMeeting, type MeetingTally } from "../../../workbook/operations/tallyMeeting";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { MeetingFindings } from "./MeetingFindings";
import { TallyResults } from "./TallyResults";
import {
  countText,
  identityOf,
  isEmpty,
  keepDrafts,
  NO_DRAFTS,
  parseCount,
  presentEdits,
  rowEdits,
  rowProblems,
  shownDraft,
  type Drafts,
  type RowDraft,
} from "./voteDrafts";
import { VoteRowEntry } from "./VoteRowEntry";

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  add: { alignSelf: "flex-start" },
});

const EMPTY_ROW: RowDraft = { matter: null, unit: "", reason: "", yes: "", no: "" };

export interface TallyStepProps {
  state: ReadyMeeting;
  cluster: string;
  standing: ClusterStanding | null;
  refresh: () => void;
}

export function TallyStep({ state, cluster, standing, refresh }: TallyStepProps) {
  const styles = useStyles();
  const t = useT();
  const { host, now, run } = usePane();
  const lock = useLock();
  const [drafts, setDrafts] = useState<Drafts>(NO_DRAFTS);
  const [last, setLast] = useState<MeetingTally | null>(null);
  const [recordedNow, setRecordedNow] = useState(false);
  // Spare rows the user opened with "add" (they show while empty).
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());

  const rows = state.meeting.votes?.rows ?? [];
  const particulars = state.meeting.particulars?.byCluster;
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    // The workbook was read again: drafts stay for rows that still hold what they held; a recorded tally is now the
    // workbook's own, so its result shows from what was read.
    setSeen(state);
    setDrafts(
      keepDrafts(
        drafts,
        rows,
        state.standings.map((s) => s.cluster),
      ),
    );
    if (last?.recorded) setLast(null);
  }

  const mine = rows.filter((r) => r.cluster === cluster);
  const shown = (r: VoteRowRead) => r.kind !== "spare" || !isEmpty(shownDraft(r, drafts)) || opened.has(r.index);
  const visible = mine.filter(shown);
  const nextSpare = mine.find((r) => !shown(r));

  const editRow = (row: VoteRowRead, draft: RowDraft) => {
    setDrafts((before) => ({
      ...before,
      rows: { ...before.rows, [row.index]: { was: before.rows[row.index]?.was ?? identityOf(row), draft } },
    }));
    setRecordedNow(false);
  };
  const presentText = drafts.present[cluster] ?? countText(particulars?.get(cluster)?.present ?? null);
  const members = standing?.members ?? 0;
  const presentCount = parseCount(presentText);
  const presentProblem =
    presentCount === "bad"
      ? t(m.countBad)
      : presentCount !== null && presentCount > members
        ? t(m.presentTooMany, { count: members })
        : undefined;
  const needed = quorumOf({ members, present: null }, state.settings.voting).needed;

  // Only what the user typed can block the tally; what the sheet holds is the tally's to judge.
  const editedProblems = rows.some(
    (r) => drafts.rows[r.index] && Object.keys(rowProblems(r, shownDraft(r, drafts))).length > 0,
  );
  const presentBlocked = Object.entries(drafts.present).some(([c, text]) => {
    const n = parseCount(text);
    const of = state.standings.find((s) => s.cluster === c)?.members ?? 0;
    return n === "bad" || (n !== null && n > of);
  });
  const blocked = editedProblems || presentBlocked;

  const tally = async () => {
    const edits = rowEdits(rows, drafts);
    const present = presentEdits(drafts, (c) => particulars?.get(c)?.present ?? null);
    const result = await run("tally", (progress) => tallyMeeting(host, { now: now(), rows: edits, present, progress }));
    if (!result) return;
    setLast(result);
    setRecordedNow(result.recorded);
    if (result.recorded) {
      setDrafts(NO_DRAFTS);
      setOpened(new Set());
      refresh();
    }
  };

  const findings = last?.findings ?? (state.tally === "current" ? state.findings : []);
  const rowErrors = (row: VoteRowRead) =>
    findings.filter((f) => f.severity === "error" && f.location.area === "votes" && f.location.row === row.index);
  const tallies = last?.clusters ?? (state.tally === "current" ? state.tallies : []);
  const shownTally = tallies.find((c) => c.cluster === cluster) ?? null;

  if (state.list !== "current") {
    return <Body1>{state.list === "none" ? t(m.needList) : t(sheetWords.candidatesStale)}</Body1>;
  }
  return (
    <>
      <Body1>{t(m.tallyIntro)}</Body1>
      {state.tally === "stale" && !last && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(sheetWords.votesStale)}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t(sheetWords.present)}
        hint={t(m.presentHint, { members, needed })}
        validationState={presentProblem ? "error" : "none"}
        validationMessage={presentProblem}
      >
        <Input
          inputMode="numeric"
          value={presentText}
          onChange={(_, d) => {
            setDrafts((before) => ({ ...before, present: { ...before.present, [cluster]: d.value } }));
            setRecordedNow(false);
          }}
        />
      </Field>
      <div className={styles.rows}>
        {visible.map((row) => {
          const draft = shownDraft(row, drafts);
          return (
            <VoteRowEntry
              key={row.index}
              row={row}
              draft={draft}
              problems={rowProblems(row, draft)}
              errors={rowErrors(row)}
              units={standing?.units ?? []}
              body={state.body}
              year={state.year}
              onChange={(d) => editRow(row, d)}
              onClear={
                row.kind === "spare"
                  ? () => {
                      editRow(row, { ...EMPTY_ROW, matter: null });
                      setOpened((before) => new Set([...before].filter((i) => i !== row.index)));
                    }
                  : undefined
              }
            />
          );
        })}
      </div>
      {nextSpare ? (
        <Button
          className={styles.add}
          onClick={() => {
            setOpened((before) => new Set(before).add(nextSpare.index));
            editRow(nextSpare, { ...EMPTY_ROW, matter: "bang-khen" });
          }}
        >
          {t(m.addRow)}
        </Button>
      ) : (
        <Body1>{t(m.noSpareRow)}</Body1>
      )}
      <RunButton
        operation="tally"
        label={m.tally}
        runningLabel={m.tallying}
        appearance="primary"
        blocked={blocked}
        onClick={() => void tally()}
      />
      {blocked && !lock.disabled && <Body1>{t(m.tallyBlocked)}</Body1>}
      <OperationStatus of={["tally", "select-cell"]} />
      {recordedNow && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(m.tallyRecorded)}</MessageBarBody>
        </MessageBar>
      )}
      {!recordedNow && !last && state.tally === "none" && <Body1>{t(m.tallyNone)}</Body1>}
      {!recordedNow && !last && state.tally === "current" && <Body1>{t(m.tallyCurrent)}</Body1>}
      {shownTally && (
        <TallyResults
          tally={shownTally}
          recorded={last ? last.recorded : state.tally === "current"}
          body={state.body}
          year={state.year}
        />
      )}
      {findings.length > 0 && <MeetingFindings findings={findings} />}
    </>
  );
}
