// Bình xét (the year-end meeting): reads the meeting's state from the workbook (readMeetingState) when first shown
// and whenever the workbook changed under the pane (ranked, validated, undone, or one of its own steps wrote), then
// shows its five steps: the candidates' list, the particulars, the ballots, the tally with its results, and the
// minutes. The particulars and the tally are per cluster: one is chosen at a time.
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Field,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { readMeetingState, type MeetingState, type ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useLang, useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { BallotsStep } from "./BallotsStep";
import { CandidatesStep } from "./CandidatesStep";
import { MinutesStep } from "./MinutesStep";
import { ParticularsStep } from "./ParticularsStep";
import { StepSection } from "./StepSection";
import { TallyStep } from "./TallyStep";

const useStyles = makeStyles({
  steps: { display: "flex", flexDirection: "column" },
  notReady: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type StepId = "candidates" | "particulars" | "ballots" | "tally" | "minutes";

/** The steps open when the screen first shows a meeting: the one to do next. */
function firstOpen(state: ReadyMeeting): ReadonlySet<StepId> {
  if (state.list !== "current") return new Set(["candidates"]);
  if (state.tally !== "current") return new Set(["particulars", "tally"]);
  return new Set(["tally", "minutes"]);
}

export function MeetingScreen() {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, run, running, workbook } = usePane();
  const [state, setState] = useState<MeetingState | null>(null);
  const [cluster, setCluster] = useState("");
  const [open, setOpen] = useState<ReadonlySet<StepId> | null>(null);
  // Readings wanted (first, after the workbook changed under the pane, after a step wrote) and the last one started.
  // A reading waits for the pane's one operation to end (an undo's own reading, say), so it is never refused.
  const [wanted, setWanted] = useState(1);
  const started = useRef(0);
  const refresh = useCallback(() => setWanted((n) => n + 1), []);
  const [seen, setSeen] = useState(workbook);
  if (seen !== workbook) {
    setSeen(workbook);
    setWanted((n) => n + 1);
  }
  useEffect(() => {
    if (running || started.current === wanted) return;
    started.current = wanted;
    void run("read-meeting", () => readMeetingState(host)).then((read) => {
      if (!read) return;
      setState(read);
      if (!read.ready) return;
      const clusters = read.standings.map((s) => s.cluster);
      setCluster((c) => (clusters.includes(c) ? c : (clusters[0] ?? "")));
      setOpen((o) => o ?? firstOpen(read));
    });
  }, [wanted, running, run, host]);

  const toggle = (id: StepId) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const ready = state?.ready ? state : null;
  const standing = ready?.standings.find((s) => s.cluster === cluster) ?? null;
  const step = (id: StepId, title: string, status?: string) => ({
    title,
    status,
    open: open?.has(id) ?? false,
    onToggle: () => toggle(id),
  });

  return (
    <ScreenSection id="meeting-title" title={t(m.title)}>
      <Body1>{t(m.intro)}</Body1>
      <RunButton
        operation="read-meeting"
        label={m.reread}
        runningLabel={m.rereading}
        appearance="subtle"
        onClick={refresh}
      />
      <OperationStatus of={["read-meeting"]} />
      {state === null && running?.name === "read-meeting" && <Spinner size="small" />}
      {state && !state.ready && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(m.notReady)}
            <ul className={styles.notReady}>
              {/* The meeting operations' own refusal says what to do; the entries' errors are Validate's to list. */}
              {state.findings
                .filter((f) => f.rule.startsWith("meeting."))
                .map((f, i) => (
                  <li key={i}>{f.message[lang]}</li>
                ))}
            </ul>
            {t(m.notReadyHint)}
          </MessageBarBody>
        </MessageBar>
      )}
      {ready && (
        <div className={styles.steps}>
          {ready.standings.length > 1 && (
            <Field label={t(m.clusterPicker)}>
              <Select value={cluster} onChange={(_, d) => setCluster(d.value)}>
                {ready.standings.map((s) => (
                  <option key={s.cluster} value={s.cluster}>
                    {s.cluster}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <StepSection {...step("candidates", t(m.stepCandidates), t(m.listStage, { stage: ready.list }))}>
            <CandidatesStep state={ready} standing={standing} refresh={refresh} />
          </StepSection>
          <StepSection {...step("particulars", t(m.stepParticulars))}>
            {ready.meeting.particulars ? (
              <ParticularsStep state={ready} cluster={cluster} refresh={refresh} />
            ) : (
              <Body1>{t(m.needList)}</Body1>
            )}
          </StepSection>
          <StepSection {...step("ballots", t(m.stepBallots))}>
            <BallotsStep state={ready} />
          </StepSection>
          <StepSection {...step("tally", t(m.stepTally), t(m.tallyStage, { stage: ready.tally }))}>
            <TallyStep state={ready} cluster={cluster} standing={standing} refresh={refresh} />
          </StepSection>
          <StepSection {...step("minutes", t(m.stepMinutes))}>
            <MinutesStep state={ready} />
          </StepSection>
        </div>
      )}
    </ScreenSection>
  );
}
