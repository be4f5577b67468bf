// Step 3, Phiếu bầu: makes the ballots of every cluster (makeBallots: the master gains only a log row) on A5 or A4,
// then opens each cluster's ballot workbook, or all in turn, as a new Excel workbook to print.
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { render } from "../../../core/messages/messageTypes";
import type { BallotPaper } from "../../../core/settings/settingsTypes";
import { makeBallots, type BallotWorkbook, type MadeBallots } from "../../../workbook/operations/makeBallots";
import type { ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { MeetingFindings } from "./MeetingFindings";
import { workbookBytes } from "./meetingFiles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  entry: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexBasis: "100%", overflowWrap: "anywhere" },
});

const PAPERS: readonly BallotPaper[] = ["A5", "A4"];

export function BallotsStep({ state }: { state: ReadyMeeting }) {
  const styles = useStyles();
  const t = useT();
  const { host, now, run, openWorkbook } = usePane();
  const lock = useLock();
  const [paper, setPaper] = useState<BallotPaper>(state.settings.voting.ballotPaper);
  const [made, setMade] = useState<MadeBallots | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());

  const make = async () => {
    const result = await run("make-ballots", (progress) => makeBallots(host, { now: now(), paper, progress }));
    if (!result) return;
    setMade(result);
    setOpened(new Set());
  };

  const open = (chosen: readonly BallotWorkbook[]) =>
    void run("open-ballots", async (progress) => {
      for (const [i, ballots] of chosen.entries()) {
        progress({
          fraction: i / chosen.length,
          step: render(m.openingBallot, { index: i + 1, total: chosen.length }),
        });
        await openWorkbook(await workbookBytes(ballots.plan));
        setOpened((before) => new Set(before).add(ballots.cluster));
      }
    });

  const ballots = made?.ballots ?? [];
  return (
    <>
      <Body1>{t(m.ballotsIntro)}</Body1>
      {state.list === "none" && <Body1>{t(m.needList)}</Body1>}
      <Field label={t(m.paper)}>
        <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value as BallotPaper)}>
          {PAPERS.map((p) => (
            <Radio key={p} value={p} label={p} />
          ))}
        </RadioGroup>
      </Field>
      <RunButton
        operation="make-ballots"
        label={m.makeBallots}
        runningLabel={m.makingBallots}
        blocked={state.list === "none"}
        onClick={() => void make()}
      />
      <OperationStatus of={["make-ballots", "open-ballots"]} />
      {made && ballots.length === 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.ballotsNotMade)}</MessageBarBody>
        </MessageBar>
      )}
      {made && made.findings.length > 0 && <MeetingFindings findings={made.findings} />}
      {ballots.length > 0 && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(m.ballotsMade, { count: ballots.length })}</MessageBarBody>
          </MessageBar>
          {ballots.length > 1 && (
            <Button onClick={() => open(ballots)} {...lock}>
              {t(m.openAllBallots)}
            </Button>
          )}
          <ul className={styles.list} aria-label={t(m.ballotsTable)}>
            {ballots.map((b) => (
              <li key={b.cluster} className={styles.entry}>
                <Body1Strong className={styles.name}>{b.fileName}</Body1Strong>
                <Caption1>{t(m.ballotCopies, { count: b.copies })}</Caption1>
                {opened.has(b.cluster) && (
                  <Badge appearance="tint" color="success">
                    {t(m.openedMark)}
                  </Badge>
                )}
                <Button
                  size="small"
                  appearance="primary"
                  aria-label={t(m.openBallotOf, { cluster: b.cluster })}
                  onClick={() => open([b])}
                  {...lock}
                >
                  {t(m.openBallot)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
