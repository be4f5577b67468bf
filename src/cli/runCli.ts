// The whole command line as a function of its words and a process edge: parse, run one command, map the outcome
// to an exit code (0 done, 1 findings with errors, 2 unusable input), and never show a stack trace unless --debug.

import { version } from "../../package.json";
import { render } from "../core/messages/messageTypes";
import { HostError } from "../workbook/host/hostTypes";
import type { CliIo } from "./cliIo";
import { commandContext, type CommandContext } from "./commandContext";
import { ballotsCommand } from "./commands/ballotsCommand";
import { collectCommand } from "./commands/collectCommand";
import { DEMO_FILE_NAME, demoCommand } from "./commands/demoCommand";
import { formsCommand } from "./commands/formsCommand";
import { meetingCommand } from "./commands/meetingCommand";
import { minutesCommand } from "./commands/minutesCommand";
import { newCommand } from "./commands/newCommand";
import { provinceBallotsCommand } from "./commands/provinceBallotsCommand";
import { provinceCommand } from "./commands/provinceCommand";
import { provinceDossierCommand } from "./commands/provinceDossierCommand";
import { provinceTallyCommand } from "./commands/provinceTallyCommand";
import { rankCommand } from "./commands/rankCommand";
import { rollupCommand } from "./commands/rollupCommand";
import { settingsCommand } from "./commands/settingsCommand";
import { tallyCommand } from "./commands/tallyCommand";
import { templatesCommand } from "./commands/templatesCommand";
import { undoCommand } from "./commands/undoCommand";
import { validateCommand } from "./commands/validateCommand";
import { cliErrorMessages as E } from "./messages/cliErrorMessages";
import { cliHelpMessages } from "./messages/cliHelpMessages";
import { councilCliMessages } from "./messages/councilCliMessages";
import { meetingHelpMessages } from "./messages/meetingCliMessages";
import { success, type Outcome } from "./outcome";
import { parseCommandLine, type CliRequest } from "./parseCommandLine";

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

const H = {
  ...cliHelpMessages,
  ...meetingHelpMessages,
  "province-ballots": councilCliMessages.helpBallots,
  "province-tally": councilCliMessages.helpTally,
  "province-dossier": councilCliMessages.helpDossier,
};

async function run(ctx: CommandContext, request: CliRequest): Promise<Outcome<number>> {
  switch (request.command) {
    case "help":
      ctx.io.stdout(H[request.topic ?? "overall"][ctx.lang]() + "\n");
      return success(EXIT.ok);
    case "version":
      ctx.io.stdout(`${version}\n`);
      return success(EXIT.ok);
    case "templates":
      return success(templatesCommand(ctx));
    case "new":
      return newCommand(ctx, request);
    case "validate":
      return validateCommand(ctx, request);
    case "rank":
      return rankCommand(ctx, request);
    case "demo":
      return demoCommand(ctx, request);
    case "forms":
      return formsCommand(ctx, request);
    case "collect":
      return collectCommand(ctx, request);
    case "rollup":
      return rollupCommand(ctx, request);
    case "undo":
      return undoCommand(ctx, request);
    case "settings":
      return settingsCommand(ctx, request);
    case "province":
      return provinceCommand(ctx, request);
    case "province-ballots":
      return provinceBallotsCommand(ctx, request);
    case "province-tally":
      return provinceTallyCommand(ctx, request);
    case "province-dossier":
      return provinceDossierCommand(ctx, request);
    case "meeting":
      return meetingCommand(ctx, request);
    case "ballots":
      return ballotsCommand(ctx, request);
    case "tally":
      return tallyCommand(ctx, request);
    case "minutes":
      return minutesCommand(ctx, request);
  }
}

/** The workbook a request works on, to name it when the host fails. */
function fileOf(request: CliRequest): string {
  if (
    request.command === "validate" ||
    request.command === "rank" ||
    request.command === "forms" ||
    request.command === "collect" ||
    request.command === "undo" ||
    request.command === "settings" ||
    request.command === "meeting" ||
    request.command === "ballots" ||
    request.command === "tally" ||
    request.command === "minutes" ||
    request.command === "province-ballots" ||
    request.command === "province-tally" ||
    request.command === "province-dossier"
  )
    return request.file;
  if (request.command === "new" || request.command === "rollup" || request.command === "province") return request.out;
  return DEMO_FILE_NAME;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { common, request } = parseCommandLine(argv);
  const lang = common.lang;
  const fail = (sentence: string) => {
    io.stderr(sentence + "\n");
    return EXIT.unusable;
  };
  if (!request.ok) return fail(request.failure[lang]);
  try {
    const outcome = await run(commandContext(io, common), request.value);
    return outcome.ok ? outcome.value : fail(outcome.failure[lang]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const file = fileOf(request.value);
    const sentence =
      error instanceof HostError
        ? render(E.workbookFailed, { file, reason: error.detail[lang] })[lang]
        : render(E.unexpected, { reason })[lang];
    if (common.debug && error instanceof Error && error.stack) io.stderr(error.stack + "\n");
    return fail(sentence);
  }
}
