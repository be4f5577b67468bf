// The closing line of a check: "no errors, no warnings", or how many of each, coloured by the worst.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import type { Paint } from "./terminalStyle";

export function findingSummary(findings: readonly Finding[], file: string, lang: Lang, paint: Paint): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (errors === 0 && warnings === 0) return paint(render(M.clean, { file })[lang], "green");
  return paint(render(M.summary, { file, errors, warnings })[lang], "bold", errors > 0 ? "red" : "yellow");
}
