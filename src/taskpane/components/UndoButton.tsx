// "Hoàn tác": undoes the workbook's last writing operation (Excel's own undo does not cover an add-in's writes).
// A first click reads what would be undone and asks to confirm, naming the operation and its time; the undo then
// runs with progress, errors go to the ErrorBar, and cells edited since the operation are listed.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { operationName } from "../../workbook/messages/undoMessages";
import type { UndoResult } from "../../workbook/operations/undoLast";
import type { UndoHeader } from "../../workbook/undo/undoSheet";
import { undoPaneMessages as m } from "../messages/undoMessages";
import { useLang, useT } from "../pane/language";
import { useLock, usePane } from "../pane/paneContext";
import { useLocalTime } from "../pane/useLocalTime";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  undo: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type State =
  | { kind: "idle" }
  | { kind: "confirm"; header: UndoHeader }
  | { kind: "nothing" }
  | { kind: "done"; result: UndoResult };

// The operations load with the button's first click, not with the pane's first paint.
const loadUndo = () => import("../../workbook/operations/undoLast").then((mod) => mod.undoLast);
const loadInfo = () => import("../../workbook/undo/readUndoInfo").then((mod) => mod.readUndoInfo);

export function UndoButton() {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, now, run, reread } = usePane();
  const lock = useLock();
  const localTime = useLocalTime();
  const [state, setState] = useState<State>({ kind: "idle" });
  const nameOf = (h: UndoHeader) => operationName(h.operation)[lang]();

  const ask = () =>
    void run("read-undo", async () => {
      const header = await (await loadInfo())(host);
      setState(header ? { kind: "confirm", header } : { kind: "nothing" });
    });
  const undo = async () => {
    const result = await run("undo", async (progress) => (await loadUndo())(host, { now: now(), progress }));
    if (!result) return;
    setState(result.undone ? { kind: "done", result } : { kind: "nothing" });
    // The workbook changed under every screen: the pane reads it again, once the undo has let go of the lock.
    if (result.undone) reread();
  };

  return (
    <div className={styles.undo}>
      <Button icon={<ArrowUndoRegular />} size="small" title={t(m.buttonTitle)} onClick={ask} {...lock}>
        {t(m.button)}
      </Button>
      <OperationStatus of={["read-undo", "undo"]} />
      {state.kind === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.confirmTitle)}</MessageBarTitle>
            {t(m.confirm, {
              operation: nameOf(state.header),
              time: localTime(state.header.time),
              summary: state.header.summary,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" size="small" onClick={() => void undo()} {...lock}>
              {t(m.confirmButton)}
            </Button>
            <Button size="small" onClick={() => setState({ kind: "idle" })}>
              {t(m.cancel)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === "nothing" && (
        <MessageBar intent="info">
          <MessageBarBody>{t(m.nothing)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && state.result.operation && (
        <MessageBar intent={state.result.findings.length > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {t(m.done, { operation: nameOf(state.result.operation).toLowerCase(), cells: state.result.restored })}
            {state.result.findings.length > 0 && (
              <>
                {" "}
                {t(m.edited, { count: state.result.findings.length })}
                <ul className={styles.list}>
                  {state.result.findings.map((f, i) => (
                    <li key={i}>{f.message[lang]}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
