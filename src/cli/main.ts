// Entry point of the bundled `thidua` command (bin/thidua.cjs): the only module that touches `process`.

import { useZipCodec } from "../hosts/xlsx/zipArchive";
import { nodeZipCodec } from "./files/nodeZipCodec";
import { runCli } from "./runCli";

useZipCodec(nodeZipCodec);

// `thidua rank x.xlsx --json | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli catches everything a command throws; reaching here is a bug in runCli itself.
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
