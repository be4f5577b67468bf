// The task pane inside Excel: reads the workbook once, opens on Start when it holds no scoring table and on the
// working screens (Validate, Rank) when it does; a language switch and TabList navigation on top.
import { Body1, makeStyles, Select, Spinner, Tab, TabList, Title3, tokens, useId } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { MessageDef } from "../../core/messages/messageTypes";
import { VALIDATION_RULES } from "../../core/validation/validationRules";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host } from "../../workbook/host/hostTypes";
import type { WorkbookValidation } from "../../workbook/operations/validateWorkbook";
import { localize } from "../messages/localize";
import { analysisMessages } from "../messages/analysisMessages";
import { formsMessages } from "../messages/formsMessages";
import { screenMessages as m } from "../messages/screenMessages";
import { settingsMessages } from "../messages/settingsMessages";
import { shellMessages } from "../messages/shellMessages";
import { openInExcel, type OpenWorkbook } from "../screens/forms/workbookOpener";
import { ErrorBar } from "./ErrorBar";
import { LanguageOptions } from "./LanguageOptions";
import { UndoButton } from "./UndoButton";

// The screens and the workbook operations (templates, schema, ranking) load after first paint: the initial
// bundle stays within its budget (design.md) and the pane shows its frame at once.
const StartScreen = lazy(() => import("../screens/StartScreen").then((mod) => ({ default: mod.StartScreen })));
const ValidateScreen = lazy(() => import("../screens/ValidateScreen").then((mod) => ({ default: mod.ValidateScreen })));
const RankScreen = lazy(() => import("../screens/RankScreen").then((mod) => ({ default: mod.RankScreen })));
const AnalysisScreen = lazy(() =>
  import("../screens/analysis/AnalysisScreen").then((mod) => ({ default: mod.AnalysisScreen })),
);
const SettingsScreen = lazy(() =>
  import("../screens/settings/SettingsScreen").then((mod) => ({ default: mod.SettingsScreen })),
);
const FormsScreen = lazy(() => import("../screens/forms/FormsScreen").then((mod) => ({ default: mod.FormsScreen })));
const loadValidate = () => import("../../workbook/operations/validateWorkbook").then((mod) => mod.validateWorkbook);

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
  // Five tabs are wider than a 350 px pane: they wrap onto a second line rather than scroll sideways.
  tabs: { flexWrap: "wrap" },
});

type Tab = "validate" | "rank" | "analysis" | "forms" | "settings";
type Phase =
  | { kind: "loading" }
  | { kind: "failed" }
  | { kind: "start" }
  | { kind: "working"; validation: WorkbookValidation | null };

export interface WorkbookAppProps {
  createHost: () => Host;
  initialLang: Lang;
  /** ISO time for the workbook's log (a prop so tests are deterministic). */
  now?: () => string;
  /** Opens .xlsx bytes (a form, a year summary) as a new workbook; Excel.createWorkbook unless a test gives one. */
  openWorkbook?: OpenWorkbook;
}

const isStale = (v: WorkbookValidation | null) => !!v?.findings.some((f) => f.rule === VALIDATION_RULES.resultStale);

export function WorkbookApp({
  createHost,
  initialLang,
  now = () => new Date().toISOString(),
  openWorkbook = openInExcel,
}: WorkbookAppProps) {
  const styles = useStyles();
  // One host for the pane's life: it remembers what it learnt of the workbook between operations.
  const [host] = useState(createHost);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [tab, setTab] = useState<Tab>("validate");
  const [stale, setStale] = useState(false);
  const [analysisOpened, setAnalysisOpened] = useState(false);
  const [formsOpened, setFormsOpened] = useState(false);
  const languageId = useId("language");
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const loading = <Spinner size="small" label={t(m.loadingWorkbook)} />;

  const read = useCallback(() => {
    loadValidate()
      .then((validateWorkbook) => validateWorkbook(host))
      .then(
        (validation) => {
          setStale(isStale(validation));
          setPhase(validation.meta ? { kind: "working", validation } : { kind: "start" });
        },
        () => setPhase({ kind: "failed" }),
      );
  }, [host]);
  // Reading the workbook is the pane's first job; the result decides which screen opens.
  useEffect(read, [read]);
  const retry = () => {
    setPhase({ kind: "loading" });
    read();
  };

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {localize(shellMessages.productName, lang)}
        </Title3>
        <div className={styles.language}>
          <label htmlFor={languageId}>
            <Body1>{t(m.languageSwitch)}</Body1>
          </label>
          <Select id={languageId} size="small" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
            <LanguageOptions lang={lang} />
          </Select>
        </div>
      </header>
      {phase.kind === "loading" && loading}
      {phase.kind === "failed" && <ErrorBar error={true} lang={lang} onDismiss={retry} />}
      {phase.kind === "start" && (
        <Suspense fallback={loading}>
          <StartScreen
            host={host}
            lang={lang}
            now={now}
            onInjected={() => setPhase({ kind: "working", validation: null })}
          />
        </Suspense>
      )}
      {phase.kind === "working" && (
        <>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as Tab);
              if (d.value === "analysis") setAnalysisOpened(true);
              if (d.value === "forms") setFormsOpened(true);
            }}
            aria-label={t(m.navLabel)}
            size="small"
            className={styles.tabs}
          >
            <Tab value="validate">{t(m.tabValidate)}</Tab>
            <Tab value="rank">{t(m.tabRank)}</Tab>
            <Tab value="analysis">{t(analysisMessages.tab)}</Tab>
            <Tab value="forms">{t(formsMessages.tab)}</Tab>
            <Tab value="settings">{t(settingsMessages.tab)}</Tab>
          </TabList>
          {/* Excel's own undo does not cover the add-in's writes: this undoes the last one; the pane reads again. */}
          <UndoButton host={host} lang={lang} now={now} onUndone={read} />
          {/* Both screens stay mounted so that switching tabs keeps their results. */}
          <Suspense fallback={loading}>
            <div role="tabpanel" hidden={tab !== "validate"} aria-label={t(m.tabValidate)}>
              <ValidateScreen host={host} lang={lang} initial={phase.validation} now={now} />
            </div>
            <div role="tabpanel" hidden={tab !== "rank"} aria-label={t(m.tabRank)}>
              <RankScreen host={host} lang={lang} now={now} stale={stale} onRanked={() => setStale(false)} />
            </div>
            {/* Analysis loads only once it is opened: its charts are not part of the first paint. */}
            {analysisOpened && (
              <div role="tabpanel" hidden={tab !== "analysis"} aria-label={t(analysisMessages.tab)}>
                <AnalysisScreen host={host} lang={lang} />
              </div>
            )}
            {/* Forms stays mounted once opened: the forms made keep their list (making them again changes ids). */}
            {formsOpened && (
              <div role="tabpanel" hidden={tab !== "forms"} aria-label={t(formsMessages.tab)}>
                <FormsScreen
                  host={host}
                  lang={lang}
                  now={now}
                  openWorkbook={openWorkbook}
                  formsIssued={Object.keys(phase.validation?.meta?.formIds ?? {}).length > 0}
                />
              </div>
            )}
            {tab === "settings" && (
              <div role="tabpanel" aria-label={t(settingsMessages.tab)}>
                <SettingsScreen host={host} lang={lang} now={now} />
              </div>
            )}
          </Suspense>
        </>
      )}
    </main>
  );
}
