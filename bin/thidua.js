#!/usr/bin/env node
// Launcher of the `thidua` command: runs the bundle that `npm install` (prepare) builds from src/cli.
try {
  require.resolve("./thidua.cjs");
} catch {
  const english = process.argv.some((a, i, all) => a === "--lang=en" || (a === "--lang" && all[i + 1] === "en"));
  console.error(
    english
      ? "The thidua command is not built yet: run npm install (or npm run build:cli) in the project folder."
      : "Lệnh thidua chưa được dựng: hãy chạy npm install (hoặc npm run build:cli) trong thư mục dự án.",
  );
  process.exit(2);
}
require("./thidua.cjs");
