// Runs the real production build (webpack CLI, as `npm run build` does) into a folder of the test's choosing.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const projectRoot = join(__dirname, "..", "..");

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
  outputPath: string;
}

/** `environment` replaces ADDIN_URL and OFFICE_JS from the caller's environment, so builds are reproducible. */
export function buildAddin(environment: { ADDIN_URL?: string; OFFICE_JS?: string }): Promise<BuildResult> {
  const outputPath = mkdtempSync(join(tmpdir(), "thidua-dist-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ADDIN_URL;
  delete env.OFFICE_JS;
  Object.assign(env, environment);
  const cli = join(projectRoot, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [cli, "--mode", "production", "--env", `outputPath=${outputPath}`, "--no-stats"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr, outputPath }));
  });
}
