// Where a screen shows its own operations: while one of them runs, a progress bar and the step in words (read out
// politely); once one failed, the failure with what to do next.
import { Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { OPERATION_LABELS } from "../messages/operationMessages";
import { useT } from "../pane/language";
import type { OperationName } from "../pane/operationName";
import { usePane } from "../pane/paneContext";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export function OperationStatus({ of }: { of: readonly OperationName[] }) {
  const styles = useStyles();
  const t = useT();
  const { running, failure, dismiss, lang } = usePane();
  const mine = running && of.includes(running.name) ? running : null;
  return (
    <>
      {mine && (
        <div className={styles.status}>
          <ProgressBar
            value={mine.progress ?? undefined}
            aria-label={mine.step?.[lang] ?? `${t(OPERATION_LABELS[mine.name])}…`}
          />
          {mine.step && <Caption1 role="status">{mine.step[lang]}</Caption1>}
        </div>
      )}
      {failure && of.includes(failure.name) && <ErrorBar error={failure.detail} onDismiss={dismiss} />}
    </>
  );
}
