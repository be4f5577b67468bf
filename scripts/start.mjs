// `npm start`: on Windows and macOS, Microsoft's office-addin-debugging sideloads into Excel desktop; elsewhere
// (Linux) there is no Excel desktop, so this serves the add-in and explains how to sideload it in Excel on the web.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { get as httpsGet } from "node:https";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { devServerPidFile } from "./devServerPidFile.mjs";
import { projectRoot } from "./projectRoot.mjs";

const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const URL_BASE = `https://localhost:${PORT}/`;
const bin = (name) => join(projectRoot, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit", shell: process.platform === "win32" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** Whether the server answers; the certificate is usually untrusted here, and this only asks "are you up?". */
function answers(url) {
  return new Promise((resolve) => {
    const request = httpsGet(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.setTimeout(5000, () => request.destroy());
  });
}

async function waitUntilServing(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answers(`${URL_BASE}taskpane.html`)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function printSideloadSteps() {
  const manifest = join(projectRoot, "manifest.xml");
  console.log(`
Thi đua is being served at ${URL_BASE} (development build; press Ctrl+C to stop, or run npm run stop).
There is no Excel desktop on Linux; sideload it into Excel on the web, in a browser on this machine:
  1. Trust the development certificate: open ${URL_BASE}taskpane.html once and accept the warning
     (the page then explains it is outside Excel, which is expected).
  2. Open a workbook in Excel on the web (https://www.office.com, then Excel).
  3. Insert > Add-ins > Upload My Add-in (in the newer ribbon: Home > Add-ins > More Add-ins > My Add-ins >
     Upload My Add-in), choose ${manifest} and click Upload.
  4. On the Home tab, in the Thi đua group, click Open Thi đua.
Code changes rebuild automatically; reload the task pane to see them.`);
}

async function startDesktop() {
  // Microsoft's convention: sideload into Excel desktop and start the dev server (npm run dev-server).
  const code = await run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
  if (code !== 0) fail(`office-addin-debugging stopped with exit code ${code}.`);
}

async function startWebServer() {
  if (!(await portIsFree(PORT))) {
    fail(
      `Port ${PORT} is already in use: is a dev server already running? Stop it with npm run stop (or Ctrl+C in its terminal).`,
    );
  }
  console.log(`Building the task pane (development) and starting the dev server on ${URL_BASE} ...`);
  const child = spawn(
    process.execPath,
    [
      join(projectRoot, "node_modules", "webpack", "bin", "webpack.js"),
      "serve",
      "--mode",
      "development",
      "--stats",
      "errors-warnings",
    ],
    {
      cwd: projectRoot,
      stdio: "inherit",
    },
  );
  mkdirSync(dirname(devServerPidFile), { recursive: true });
  writeFileSync(devServerPidFile, String(child.pid));
  const forget = () => rmSync(devServerPidFile, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => {
    forget();
    if (signal || code === 0) {
      console.log("The dev server has stopped.");
      process.exit(0);
    }
    fail(`The dev server stopped with exit code ${code}; the lines above say why.`);
  });
  if (await waitUntilServing(child, 120_000)) printSideloadSteps();
  else if (child.exitCode === null) console.error(`The dev server did not answer on ${URL_BASE} within two minutes.`);
}

try {
  if (process.platform === "win32" || process.platform === "darwin") await startDesktop();
  else await startWebServer();
} catch (error) {
  fail(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
}
