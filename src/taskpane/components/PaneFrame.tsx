// The pane's frame inside Excel: the title and the language switch on top, the notice naming a running operation,
// then the screens the workbook calls for: a spinner while it is read, Start when it holds no scoring table, the
// working screens when it does, and a retry when it could not be read.
import { Body1, makeStyles, Select, Spinner, Title3, tokens, useId } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Lang } from "../../core/settings/settingsTypes";
import { screenMessages as m } from "../messages/screenMessages";
import { shellMessages } from "../messages/shellMessages";
import { useT } from "../pane/language";
import { usePane } from "../pane/paneContext";
import { ErrorBar } from "./ErrorBar";
import { LanguageOptions } from "./LanguageOptions";
import { OperationNotice } from "./OperationNotice";
import { OperationStatus } from "./OperationStatus";

// Start, the working screens and the workbook operations (templates, schema, ranking) load after first paint: the
// initial bundle stays within its budget (design.md) and the pane shows its frame at once.
const StartScreen = lazy(() => import("../screens/start/StartScreen").then((mod) => ({ default: mod.StartScreen })));
const WorkingScreens = lazy(() => import("./WorkingScreens").then((mod) => ({ default: mod.WorkingScreens })));

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0 },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export function PaneFrame() {
  const styles = useStyles();
  const t = useT();
  const { lang, setLang, workbook, reread, dismiss } = usePane();
  const languageId = useId("language");
  const loading = <Spinner size="small" label={t(m.loadingWorkbook)} />;
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t(shellMessages.productName)}
        </Title3>
        <div className={styles.language}>
          <label htmlFor={languageId}>
            <Body1>{t(m.languageSwitch)}</Body1>
          </label>
          <Select id={languageId} size="small" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
            <LanguageOptions />
          </Select>
        </div>
      </header>
      {workbook.status === "reading" && loading}
      {workbook.status === "unreadable" && (
        <ErrorBar
          error={true}
          onDismiss={() => {
            dismiss();
            reread();
          }}
        />
      )}
      {workbook.status === "read" && (
        <>
          <OperationNotice />
          <OperationStatus of={["read-workbook"]} />
          <Suspense fallback={loading}>{workbook.hasTable ? <WorkingScreens /> : <StartScreen />}</Suspense>
        </>
      )}
    </main>
  );
}
