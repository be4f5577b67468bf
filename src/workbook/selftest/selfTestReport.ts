// The self-test's outcome as data (a status and what was found, per step) and as the plain text a user copies into
// an email to support: the verdict, the time, this Excel's platform, build and requirement sets, then every step.

import { render, type Bilingual, type MessageDef } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { DEFAULT_TIME_ZONE, formatLocalTime } from "../../core/time/localTime";
import { selfTestMessages as M } from "../messages/selfTestMessages";
import { SELF_TEST_TEMPLATE_ID } from "./selfTestCluster";

export type SelfTestStepId =
  | "blank"
  | "inject"
  | "enter"
  | "validate"
  | "fix"
  | "rank"
  | "compare-rank"
  | "settings"
  | "compare-settings"
  | "undo"
  | "compare-undo"
  | "forms"
  | "compare-forms"
  | "cleanup";

/** The steps in the order they run. */
export const SELF_TEST_STEPS: readonly SelfTestStepId[] = [
  "blank",
  "inject",
  "enter",
  "validate",
  "fix",
  "rank",
  "compare-rank",
  "settings",
  "compare-settings",
  "undo",
  "compare-undo",
  "forms",
  "compare-forms",
  "cleanup",
];

export const STEP_LABELS: Readonly<Record<SelfTestStepId, MessageDef<Record<string, never>>>> = {
  blank: M.stepBlank,
  inject: M.stepInject,
  enter: M.stepEnter,
  validate: M.stepValidate,
  fix: M.stepFix,
  rank: M.stepRank,
  "compare-rank": M.stepCompareRank,
  settings: M.stepSettings,
  "compare-settings": M.stepCompareSettings,
  undo: M.stepUndo,
  "compare-undo": M.stepCompareUndo,
  forms: M.stepForms,
  "compare-forms": M.stepCompareForms,
  cleanup: M.stepCleanup,
};

/** `skip`: the step cannot run on this Excel (not a pass); `not-run`: an earlier step failed. */
export type StepStatus = "pass" | "fail" | "skip" | "not-run";

export const STATUS_LABELS: Readonly<Record<StepStatus, MessageDef<Record<string, never>>>> = {
  pass: M.statusPass,
  fail: M.statusFail,
  skip: M.statusSkip,
  "not-run": M.statusNotRun,
};

export interface SelfTestStep {
  id: SelfTestStepId;
  status: StepStatus;
  /** What the step found, one line each (the first says what happened, the rest list cells or findings). */
  details: Bilingual[];
}

export interface SelfTestResult {
  /** ISO time the self-test started. */
  started: string;
  steps: SelfTestStep[];
  units: number;
}

/** What the report says about the Excel it ran in; null where Office does not tell. */
export interface ExcelEnvironment {
  host: string | null;
  platform: string | null;
  version: string | null;
  language: string | null;
  excelApi: { version: string; supported: boolean }[];
}

/** Passed: every step passed or was skipped for this Excel. */
export function selfTestPassed(result: SelfTestResult): boolean {
  return result.steps.every((s) => s.status === "pass" || s.status === "skip");
}

/** "1.1–1.12, 1.14": versions in order, runs of consecutive minor versions joined by an en dash. */
export function versionRuns(versions: readonly string[]): string {
  const runs: string[][] = [];
  let previous: number | null = null;
  for (const version of versions) {
    const minor = Number(version.split(".")[1]);
    if (previous !== null && minor === previous + 1) runs[runs.length - 1].push(version);
    else runs.push([version]);
    previous = minor;
  }
  return runs.map((run) => (run.length === 1 ? run[0] : `${run[0]}–${run[run.length - 1]}`)).join(", ");
}

/** The report as plain text in the user's language: what support needs to read in an email. */
export function selfTestReportText(result: SelfTestResult, environment: ExcelEnvironment, lang: Lang): string {
  const counts = (status: StepStatus) => result.steps.filter((s) => s.status === status).length;
  const failed = result.steps.length - counts("pass") - counts("skip");
  const unknown = M.unknown[lang]();
  const supported = environment.excelApi.filter((s) => s.supported).map((s) => s.version);
  const missing = environment.excelApi.filter((s) => !s.supported).map((s) => s.version);
  const lines = [
    M.title[lang](),
    selfTestPassed(result)
      ? M.verdictPass[lang]({ passed: counts("pass"), skipped: counts("skip") })
      : M.verdictFail[lang]({ failed, total: result.steps.length }),
    M.reportTime[lang]({ time: formatLocalTime(result.started, DEFAULT_TIME_ZONE, lang) }),
    M.reportExcel[lang]({
      host: environment.host ?? unknown,
      platform: environment.platform ?? unknown,
      version: environment.version ?? unknown,
      language: environment.language ?? unknown,
    }),
    M.reportSupported[lang]({ sets: supported.length > 0 ? versionRuns(supported) : M.none[lang]() }),
    M.reportUnsupported[lang]({ sets: missing.length > 0 ? versionRuns(missing) : M.none[lang]() }),
    M.reportCluster[lang]({ template: SELF_TEST_TEMPLATE_ID, units: result.units }),
    "",
    M.reportSteps[lang](),
  ];
  result.steps.forEach((step, i) => {
    const [first, ...more] = step.details;
    const label = `${i + 1}. [${STATUS_LABELS[step.status][lang]({})}] ${STEP_LABELS[step.id][lang]({})}`;
    lines.push(first ? `${label}: ${first[lang]}` : label);
    for (const detail of more) lines.push(`   - ${detail[lang]}`);
  });
  return lines.join("\n");
}

/** A step's line of progress ("Bước 3/14: Nhập điểm"). */
export function stepProgress(id: SelfTestStepId): Bilingual {
  const index = SELF_TEST_STEPS.indexOf(id) + 1;
  return {
    vi: M.progress.vi({ step: STEP_LABELS[id].vi({}), index, total: SELF_TEST_STEPS.length }),
    en: M.progress.en({ step: STEP_LABELS[id].en({}), index, total: SELF_TEST_STEPS.length }),
  };
}

/** A detail line from a message without parameters. */
export const line = (def: MessageDef<Record<string, never>>): Bilingual => render(def, {});
