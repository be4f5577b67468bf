// ANSI colours for a person at a terminal: only when stdout is a TTY and NO_COLOR is unset (https://no-color.org).

import type { CliIo } from "../cliIo";

export type Tone = "bold" | "dim" | "red" | "yellow" | "green" | "cyan";

const CODES: Record<Tone, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export type Paint = (text: string, ...tones: Tone[]) => string;

export function terminalStyle(io: Pick<CliIo, "stdoutIsTTY" | "env">): Paint {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  if (!io.stdoutIsTTY || noColor) return (text) => text;
  return (text, ...tones) =>
    tones.reduce((out, tone) => `\u001b[${CODES[tone][0]}m${out}\u001b[${CODES[tone][1]}m`, text);
}
