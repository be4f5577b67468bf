// The progress of the Forms screen's running job (a bar and the step in words, read out politely) and its failure.
import { Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Bilingual } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { ErrorBar } from "../../components/ErrorBar";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export interface OperationStatusProps {
  lang: Lang;
  running: boolean;
  progress: number | null;
  step: Bilingual | null;
  error: Bilingual | true | null;
  onDismiss: () => void;
}

export function OperationStatus({ lang, running, progress, step, error, onDismiss }: OperationStatusProps) {
  const styles = useStyles();
  return (
    <>
      {running && (
        <div className={styles.status}>
          <ProgressBar value={progress ?? undefined} aria-label={step?.[lang]} />
          <Caption1 role="status">{step?.[lang]}</Caption1>
        </div>
      )}
      {error && <ErrorBar error={error} lang={lang} onDismiss={onDismiss} />}
    </>
  );
}
