// Which files of the @microsoft/office-js package the Office.js loader fetches for Excel, so that
// OFFICE_JS=local can copy exactly those next to the task pane (for networks without internet access).
const fs = require("node:fs");
const path = require("node:path");

const PLATFORMS = ["web", "win32", "mac"];
const LOCALES = ["vi-vn", "en-us"];

/**
 * Lists paths relative to the package's dist/ folder. What the loader (office.js) fetches, read from its source:
 * - itself;
 * - the host file `<host>-<platform>-<version>.js`, where a host newer than the loader's HostSpecificFileVersionMap
 *   is capped to the mapped version (older hosts ask for their own, lower version, so those present are kept);
 * - `o15apptofilemappingtable.js` when no host information is present (Office 2013, and any plain browser);
 * - `<locale>/office_strings.js` for the host's language, falling back to en-us;
 * - `telemetry/oteljs_agave.js` (loader) and `ariatelemetry/aria-web-telemetry.js` (host files), whose absence
 *   would only cost 404s and load timeouts.
 * The `-core` host variants are used only when a page sets OSF.ConstantNames.HostFileScriptSuffix, which the
 * loader itself never does, so they are not copied.
 */
function officeJsFiles(officeJsDist) {
  const loader = fs.readFileSync(path.join(officeJsDist, "office.js"), "utf8");
  const match = /HostSpecificFileVersionMap=(\{[^;]*?\}\})/.exec(loader);
  if (!match) throw new Error("office.js no longer contains HostSpecificFileVersionMap: re-read the loader.");
  // The map is an object literal with bare keys and string values: quoting the keys makes it JSON.
  const versionMap = JSON.parse(match[1].replace(/([A-Za-z0-9_]+):/g, '"$1":'));
  const excel = versionMap.excel;
  const present = fs.readdirSync(officeJsDist);
  const hostFiles = PLATFORMS.flatMap((platform) => {
    const cap = parseFloat(excel[platform]);
    const pattern = new RegExp(`^excel-${platform}-(\\d+\\.\\d+)\\.js$`);
    return present.filter((name) => {
      const m = pattern.exec(name);
      return m !== null && parseFloat(m[1]) <= cap;
    });
  });
  for (const platform of PLATFORMS) {
    const expected = `excel-${platform}-${excel[platform]}.js`;
    if (!hostFiles.includes(expected)) throw new Error(`@microsoft/office-js has no ${expected}.`);
  }
  return [
    "office.js",
    "o15apptofilemappingtable.js",
    ...hostFiles.sort(),
    ...LOCALES.map((locale) => `${locale}/office_strings.js`),
    "telemetry/oteljs_agave.js",
    "ariatelemetry/aria-web-telemetry.js",
  ];
}

module.exports = { officeJsFiles };
