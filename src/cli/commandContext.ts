// What every command gets: the process edge, the common options, colours for stdout and the progress line
// writer for stderr.

import type { Bilingual } from "../core/messages/messageTypes";
import type { Lang } from "../core/settings/settingsTypes";
import type { CliIo } from "./cliIo";
import type { CommonOptions } from "./parseCommandLine";
import { terminalStyle, type Paint } from "./output/terminalStyle";

export interface CommandContext {
  io: CliIo;
  common: CommonOptions;
  lang: Lang;
  paint: Paint;
  /** One line on stderr per step, for a person watching a terminal; silent with --json or when piped. */
  progress: (step: Bilingual) => void;
  /** Lines on stdout. */
  print: (lines: readonly string[]) => void;
}

export function commandContext(io: CliIo, common: CommonOptions): CommandContext {
  const paint = terminalStyle(io);
  const showProgress = !common.json && io.stderrIsTTY;
  return {
    io,
    common,
    lang: common.lang,
    paint,
    progress: (step) => {
      if (showProgress) io.stderr(`${step[common.lang]}\n`);
    },
    print: (lines) => {
      if (lines.length > 0) io.stdout(lines.join("\n") + "\n");
    },
  };
}
