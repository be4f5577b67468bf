// `npm run stop`: on Windows and macOS, Microsoft's office-addin-debugging removes the sideloaded add-in and stops
// its dev server; on Linux, this stops the dev server that `npm start` recorded.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { devServerPidFile } from "./devServerPidFile.mjs";
import { projectRoot } from "./projectRoot.mjs";

function stopDesktop() {
  const bin = join(
    projectRoot,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["stop", "manifest.xml", "desktop"], {
      cwd: projectRoot,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function stopWebServer() {
  if (!existsSync(devServerPidFile)) {
    console.log("No dev server started by npm start is running.");
    return 0;
  }
  const pid = Number(readFileSync(devServerPidFile, "utf8").trim());
  rmSync(devServerPidFile, { force: true });
  try {
    process.kill(pid, "SIGTERM");
    console.log(
      `Stopped the dev server (process ${pid}). To remove the add-in from Excel on the web, clear the browser's cache (Microsoft's advice for uploaded add-ins).`,
    );
  } catch {
    console.log("The dev server had already stopped.");
  }
  return 0;
}

try {
  const code = process.platform === "win32" || process.platform === "darwin" ? await stopDesktop() : stopWebServer();
  process.exit(code);
} catch (error) {
  console.error(`npm run stop failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
