// Reading a command's parsed options and file arguments: one file, an optional or required option's text, each
// refused with the one sentence that names the option or the extra arguments. Shared by every command's parser.

import { render } from "../core/messages/messageTypes";
import { cliErrorMessages as E } from "./messages/cliErrorMessages";
import { failure, success, type Outcome } from "./outcome";

/** What node:util's parseArgs hands back for the options of one command line. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** The command's one file argument, or the sentence saying it is missing or which arguments are extra. */
export function oneFile(positionals: readonly string[], command: string): Outcome<string> {
  if (positionals.length === 0) return failure(render(E.missingFile, { command }));
  if (positionals.length > 1) {
    const extra = positionals
      .slice(1)
      .map((p) => `“${p}”`)
      .join(", ");
    return failure(render(E.extraArguments, { command, extra }));
  }
  return success(positionals[0]);
}

/** An option's text, or null when absent; given but blank is refused. */
export function optional(values: Values, key: string): Outcome<string | null> {
  const value = values[key];
  if (value === undefined) return success(null);
  if (typeof value !== "string" || value.trim() === "") return failure(render(E.blankValue, { option: `--${key}` }));
  return success(value);
}

/** An option the command cannot do without. */
export function required(values: Values, key: string, command: string): Outcome<string> {
  const value = optional(values, key);
  if (!value.ok) return value;
  return value.value === null
    ? failure(render(E.missingOption, { option: `--${key}`, command }))
    : success(value.value);
}
