// Turns the words after `thidua` into one request (node:util parseArgs, strict), or into the one sentence that
// says what is wrong with them.

import { parseArgs } from "node:util";
import { render, type Bilingual } from "../core/messages/messageTypes";
import type { Lang } from "../core/settings/settingsTypes";
import { WORKBOOK_MODES, type WorkbookMode } from "../workbook/layout/workbookLayout";
import { MEETING_COMMANDS, meetingOptions, meetingRequest, type MeetingRequest } from "./meeting/meetingCommandLine";
import { COUNCIL_COMMANDS, councilOptions, councilRequest, type CouncilRequest } from "./province/councilCommandLine";
import { cliErrorMessages as E } from "./messages/cliErrorMessages";
import { provinceCliMessages as P } from "./messages/provinceCliMessages";
import { failure, success, type Outcome } from "./outcome";
import { oneFile, type Values } from "./optionValues";

/** Every command, in the order of the year's work (the order the "no such command" sentences list them in). */
export const COMMAND_NAMES = [
  "templates",
  "new",
  "validate",
  "rank",
  "forms",
  "collect",
  "rollup",
  "undo",
  "settings",
  "demo",
  ...MEETING_COMMANDS,
  "province",
  ...COUNCIL_COMMANDS,
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const LANGS: readonly Lang[] = ["vi", "en"];

export type CliRequest =
  | { command: "help"; topic: CommandName | null }
  | { command: "version" }
  | { command: "templates" }
  | {
      command: "new";
      template: string;
      units: string;
      out: string;
      mode: WorkbookMode;
      /** null: the current year. */
      period: string | null;
      clusterTitle: string | null;
      force: boolean;
    }
  | { command: "validate"; file: string }
  | { command: "rank"; file: string; out: string | null }
  | { command: "undo"; file: string }
  | { command: "demo"; out: string | null }
  | { command: "forms"; file: string; out: string; newIds: boolean }
  | { command: "collect"; file: string; returned: string[] }
  /** `set`: the KEY=VALUE assignments as typed, in order; none prints the settings. */
  | { command: "settings"; file: string; set: string[] }
  /** `out` is the year summary to write, `periods` the period workbooks in the order given. */
  | { command: "rollup"; out: string; periods: string[]; force: boolean }
  /**
   * `clusters`: the cluster workbooks in the order given; `year` null: the settings' or the workbooks'; `dossier`:
   * the folder for the award dossier, null for none.
   */
  | {
      command: "province";
      out: string;
      clusters: string[];
      year: number | null;
      force: boolean;
      dossier: string | null;
    }
  | CouncilRequest
  | MeetingRequest;

export interface CommonOptions {
  lang: Lang;
  json: boolean;
  debug: boolean;
}

export interface ParsedCommandLine {
  /** Known even when the rest fails, so that the failure is told in the asked language. */
  common: CommonOptions;
  request: Outcome<CliRequest>;
}

type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

const COMMON: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  lang: { type: "string" },
};
const JSON_OPTION: Record<string, OptionSpec> = { json: { type: "boolean" } };

const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  templates: { ...COMMON, ...JSON_OPTION },
  new: {
    ...COMMON,
    template: { type: "string" },
    units: { type: "string" },
    out: { type: "string" },
    mode: { type: "string" },
    period: { type: "string" },
    "cluster-title": { type: "string" },
    force: { type: "boolean" },
  },
  validate: { ...COMMON, ...JSON_OPTION },
  rank: { ...COMMON, ...JSON_OPTION, out: { type: "string" } },
  demo: { ...COMMON, out: { type: "string" } },
  forms: { ...COMMON, out: { type: "string" }, "new-ids": { type: "boolean" } },
  collect: { ...COMMON, ...JSON_OPTION },
  rollup: { ...COMMON, ...JSON_OPTION, force: { type: "boolean" } },
  undo: { ...COMMON, ...JSON_OPTION },
  settings: { ...COMMON, ...JSON_OPTION, set: { type: "string", multiple: true } },
  province: {
    ...COMMON,
    ...JSON_OPTION,
    out: { type: "string" },
    year: { type: "string" },
    force: { type: "boolean" },
    dossier: { type: "string" },
  },
  ...councilOptions(COMMON, JSON_OPTION),
  ...meetingOptions(COMMON, JSON_OPTION),
};

const TOP_LEVEL: Record<string, OptionSpec> = { ...COMMON, version: { type: "boolean", short: "v" } };

const isCommand = (word: string): word is CommandName => (COMMAND_NAMES as readonly string[]).includes(word);

/** The language asked for anywhere on the line, read before strict parsing so that its errors use it too. */
function scanLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const value = word === "--lang" ? argv[i + 1] : word.startsWith("--lang=") ? word.slice("--lang=".length) : null;
    if (value === "en" || value === "vi") return value;
  }
  return "vi";
}

/** parseArgs reports problems as English sentences naming the option in quotes: we keep only the option. */
function argumentError(error: unknown, command: CommandName | null): Bilingual {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return command === null ? render(E.unknownTopOption, { option }) : render(E.unknownOption, { option, command });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take an argument/.test(message)
      ? render(E.optionTakesNoValue, { option })
      : render(E.optionNeedsValue, { option });
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const extra = /'([^']*)'/.exec(message)?.[1] ?? "";
    return render(E.extraArguments, { command: command ?? "thidua", extra: `“${extra}”` });
  }
  throw error;
}

/** Where the command word is: first, or after common options (`thidua --lang en rank x.xlsx`); -1 when none. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--lang") i++;
    else if (!word.startsWith("-")) return isCommand(word) ? i : -1;
  }
  return -1;
}

function choice<T extends string>(values: Values, key: string, choices: readonly T[], fallback: T): Outcome<T> {
  const value = values[key];
  if (value === undefined) return success(fallback);
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return success(value as T);
  return failure(render(E.badChoice, { option: `--${key}`, value: String(value), choices: choices.join(", ") }));
}

function text(values: Values, key: string, command: string, required: true): Outcome<string>;
function text(values: Values, key: string, command: string, required: false): Outcome<string | null>;
function text(values: Values, key: string, command: string, required: boolean): Outcome<string | null> {
  const value = values[key];
  if (value === undefined)
    return required ? failure(render(E.missingOption, { option: `--${key}`, command })) : success(null);
  if (typeof value !== "string" || value.trim() === "") return failure(render(E.blankValue, { option: `--${key}` }));
  return success(value);
}

function commandRequest(command: CommandName, values: Values, positionals: string[]): Outcome<CliRequest> {
  if (values.help === true) return success({ command: "help", topic: command });
  const takesFiles =
    command === "validate" ||
    command === "rank" ||
    command === "forms" ||
    command === "collect" ||
    command === "rollup" ||
    command === "undo" ||
    command === "settings" ||
    command === "province" ||
    (COUNCIL_COMMANDS as readonly string[]).includes(command) ||
    (MEETING_COMMANDS as readonly string[]).includes(command);
  if (!takesFiles && positionals.length > 0) {
    return failure(render(E.extraArguments, { command, extra: positionals.map((p) => `“${p}”`).join(", ") }));
  }
  switch (command) {
    case "templates":
      return success({ command });
    case "new": {
      const template = text(values, "template", command, true);
      if (!template.ok) return template;
      const units = text(values, "units", command, true);
      if (!units.ok) return units;
      const out = text(values, "out", command, true);
      if (!out.ok) return out;
      const mode = choice(values, "mode", WORKBOOK_MODES, "review");
      if (!mode.ok) return mode;
      const period = text(values, "period", command, false);
      if (!period.ok) return period;
      const clusterTitle = text(values, "cluster-title", command, false);
      if (!clusterTitle.ok) return clusterTitle;
      return success({
        command,
        template: template.value,
        units: units.value,
        out: out.value,
        mode: mode.value,
        period: period.value?.trim() ?? null,
        clusterTitle: clusterTitle.value,
        force: values.force === true,
      });
    }
    case "validate": {
      const file = oneFile(positionals, command);
      return file.ok ? success({ command, file: file.value }) : file;
    }
    case "undo": {
      const file = oneFile(positionals, command);
      return file.ok ? success({ command, file: file.value }) : file;
    }
    case "rank": {
      const file = oneFile(positionals, command);
      if (!file.ok) return file;
      const out = text(values, "out", command, false);
      return out.ok ? success({ command, file: file.value, out: out.value }) : out;
    }
    case "demo": {
      const out = text(values, "out", command, false);
      return out.ok ? success({ command, out: out.value }) : out;
    }
    case "forms": {
      const file = oneFile(positionals, command);
      if (!file.ok) return file;
      const out = text(values, "out", command, true);
      return out.ok ? success({ command, file: file.value, out: out.value, newIds: values["new-ids"] === true }) : out;
    }
    case "collect": {
      if (positionals.length === 0) return failure(render(E.missingFile, { command }));
      if (positionals.length === 1) return failure(render(E.missingReturned, {}));
      return success({ command, file: positionals[0], returned: positionals.slice(1) });
    }
    case "settings": {
      const file = oneFile(positionals, command);
      if (!file.ok) return file;
      const set = values.set;
      return success({ command, file: file.value, set: Array.isArray(set) ? set : [] });
    }
    case "rollup": {
      if (positionals.length < 2) return failure(render(E.missingPeriods, {}));
      return success({ command, out: positionals[0], periods: positionals.slice(1), force: values.force === true });
    }
    case "province":
      return provinceRequest(values, positionals);
    case "province-ballots":
    case "province-tally":
    case "province-dossier":
      return councilRequest(command, values, positionals);
    case "meeting":
    case "ballots":
    case "tally":
    case "minutes":
      return meetingRequest(command, values, positionals);
  }
}

/** `province --out TINH.xlsx CUM.xlsx… [--year N] [--force] [--dossier DIR]`. */
function provinceRequest(values: Values, positionals: string[]): Outcome<CliRequest> {
  const out = text(values, "out", "province", false);
  if (!out.ok) return out;
  if (out.value === null || positionals.length === 0) return failure(render(P.missingClusters, {}));
  const year = text(values, "year", "province", false);
  if (!year.ok) return year;
  let yearNumber: number | null = null;
  if (year.value !== null) {
    const n = Number(year.value.trim());
    if (!/^\d{4}$/.test(year.value.trim()) || n < 1900 || n > 2999) {
      return failure(render(P.badYear, { value: year.value }));
    }
    yearNumber = n;
  }
  const dossier = text(values, "dossier", "province", false);
  if (!dossier.ok) return dossier;
  return success({
    command: "province",
    out: out.value,
    clusters: positionals,
    year: yearNumber,
    force: values.force === true,
    dossier: dossier.value,
  });
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const common: CommonOptions = {
    lang: scanLang(argv),
    json: argv.includes("--json"),
    debug: argv.includes("--debug"),
  };
  const done = (request: Outcome<CliRequest>): ParsedCommandLine => ({ common, request });
  const at = commandIndex(argv);
  const command = at >= 0 ? (argv[at] as CommandName) : null;
  const words = command ? [...argv.slice(0, at), ...argv.slice(at + 1)] : [...argv];
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: words,
      options: command ? OPTIONS[command] : TOP_LEVEL,
      strict: true,
      allowPositionals: true,
    }) as { values: Values; positionals: string[] };
  } catch (error) {
    return done(failure(argumentError(error, command)));
  }
  const { values, positionals } = parsed;
  const lang = choice(values, "lang", LANGS, "vi");
  if (!lang.ok) return done(lang);

  if (command) return done(commandRequest(command, values, positionals));
  if (positionals.length > 0) {
    return done(failure(render(E.unknownCommand, { command: positionals[0], commands: COMMAND_NAMES.join(", ") })));
  }
  if (values.version === true) return done(success({ command: "version" }));
  if (values.help === true) return done(success({ command: "help", topic: null }));
  return done(failure(render(E.noCommand, { commands: COMMAND_NAMES.join(", ") })));
}
