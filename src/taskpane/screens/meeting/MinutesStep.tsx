// Step 5, Biên bản: makes every cluster's minutes from a recorded tally that is still current (makeMinutes: the
// printable sheets and a log row), then downloads each as a .docx in Decree 30 layout, written in the browser by the
// renderer loaded on demand.
import { Body1, Body1Strong, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { render } from "../../../core/messages/messageTypes";
import { meetingMessages as sheetWords } from "../../../workbook/messages/meetingMessages";
import { makeMinutes, type ClusterMinutes, type MadeMinutes } from "../../../workbook/operations/makeMinutes";
import type { ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { MeetingFindings } from "./MeetingFindings";
import { documentBytes, download, DOCX_TYPE } from "./meetingFiles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  entry: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: "anywhere" },
});

export function MinutesStep({ state }: { state: ReadyMeeting }) {
  const styles = useStyles();
  const t = useT();
  const { host, now, run } = usePane();
  const lock = useLock();
  const [made, setMade] = useState<MadeMinutes | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  const make = async () => {
    const result = await run("make-minutes", (progress) => makeMinutes(host, { now: now(), progress }));
    if (!result) return;
    setMade(result);
    setDownloaded(null);
  };

  const save = (minutes: ClusterMinutes) =>
    void run("download-minutes", async (progress) => {
      progress({ fraction: 0.1, step: render(m.rendering, {}) });
      download(await documentBytes(minutes.document), minutes.fileName, DOCX_TYPE);
      setDownloaded(minutes.fileName);
    });

  const minutes = made?.minutes ?? [];
  const ready = state.tally === "current";
  return (
    <>
      <Body1>{t(m.minutesIntro)}</Body1>
      {!ready && <Body1>{t(sheetWords.notTallied)}</Body1>}
      <RunButton
        operation="make-minutes"
        label={m.makeMinutes}
        runningLabel={m.makingMinutes}
        appearance={ready ? "primary" : "secondary"}
        blocked={!ready}
        onClick={() => void make()}
      />
      <OperationStatus of={["make-minutes", "download-minutes"]} />
      {made && !made.plan && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(m.minutesNotMade)}</MessageBarBody>
        </MessageBar>
      )}
      {made && made.findings.length > 0 && <MeetingFindings findings={made.findings} />}
      {minutes.length > 0 && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(m.minutesMade, { sheets: minutes.map((x) => x.sheet).join(", ") })}</MessageBarBody>
          </MessageBar>
          <ul className={styles.list} aria-label={t(m.minutesTable)}>
            {minutes.map((x) => (
              <li key={x.cluster} className={styles.entry}>
                <Body1Strong className={styles.name}>{x.fileName}</Body1Strong>
                <Button
                  size="small"
                  appearance="primary"
                  icon={<ArrowDownloadRegular />}
                  aria-label={t(m.downloadOf, { cluster: x.cluster })}
                  onClick={() => save(x)}
                  {...lock}
                >
                  {t(m.download)}
                </Button>
              </li>
            ))}
          </ul>
          {downloaded && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t(m.downloaded, { file: downloaded })}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </>
  );
}
