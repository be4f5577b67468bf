// Bundles the `thidua` command (src/cli/main.ts) into bin/thidua.cjs with esbuild: run by `npm run build:cli` and
// by `prepare`, so that `npx thidua` works right after `npm ci`. Dependencies stay in node_modules (external).
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "./projectRoot.mjs";

export const cliBundle = join(projectRoot, "bin/thidua.cjs");

export async function buildCli() {
  await build({
    entryPoints: [join(projectRoot, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile: cliBundle,
    logLevel: "warning",
  });
  return cliBundle;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await buildCli();
