// `npm audit --omit=dev` for CI: fails on a high or critical advisory in a runtime dependency. When the registry's
// audit endpoint cannot be asked (networks that allow only GET to the registry answer 405), it says so in a banner
// and does not fail: that is a fact about the network, not about our dependencies. SECURITY.md explains.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", shell: false });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no JSON (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

if (report.statusCode !== undefined || report.error !== undefined) {
  const line = "=".repeat(78);
  console.log(
    `${line}\nAUDIT NOT RUN: the registry's audit endpoint refused the request (${report.message ?? "no message"}).\n` +
      `Run \`npm audit --omit=dev\` on a network that reaches it. Lockfile pinning is still checked below.\n${line}`,
  );
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${Object.entries(counts)
    .map(([level, n]) => `${level} ${n}`)
    .join(", ")}`,
);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === "high" || v.severity === "critical") console.error(`  ${v.severity}: ${name} (${v.range})`);
}
process.exit(serious > 0 ? 1 : 0);
