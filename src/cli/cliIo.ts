// What a command needs from the process (streams, environment, folder, clock), so that tests can run commands
// in-process and main.ts is the only place that touches `process`.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Folder relative paths are resolved against. */
  cwd: string;
  now: () => Date;
}
