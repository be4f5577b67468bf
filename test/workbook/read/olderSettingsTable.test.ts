// A workbook injected before the award-name and time-zone settings existed has a shorter Cài đặt table: the settings
// it lacks come from the defaults, and the table is not reported as edited.

import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { cellAddress, parseRange } from "../../../src/workbook/layout/cellAddress";
import { settingsRows } from "../../../src/workbook/settings/settingsRows";
import { filledSelfWorkbook } from "../operations/filledSelfWorkbook";

const NEWER_KEYS = [
  "awards.flagName",
  "awards.certificateName",
  "timeZone",
  "voting.quorumShare",
  "voting.passShare",
  "voting.passRule",
  "voting.passBasis",
  "voting.leaderRotationYears",
  "voting.ballotPaper",
];

describe("a settings table from before the newer settings", () => {
  it("validates without 'settings changed' warnings when the newer keys' rows are missing", async () => {
    const { host } = await filledSelfWorkbook();
    const name = host.names.get("TD_SETTINGS") ?? [...host.names.values()].find((n) => n.name === "TD_Settings")!;
    const sheet = host.sheets.get(name.sheet!.toLowerCase())!;
    const box = parseRange(name.range!)!;
    // Rebuild the table as an older add-in wrote it: key in A, the stored value in B, the same rows in the same
    // order without the newer keys (the names, explanations and words came later).
    const settings = (await validateWorkbook(host)).meta!.settings;
    const stored = new Map(settingsRows(settings).map((r) => [r.key as string, r.value]));
    const rows: [string, unknown][] = [];
    for (let r = 0; r < box.rows; r++) {
      const key = String(sheet.cells.get(cellAddress(box.row + r, box.column + 3))?.v);
      if (!NEWER_KEYS.includes(key)) rows.push([key, stored.get(key)]);
    }
    expect(rows).toHaveLength(box.rows - NEWER_KEYS.length);
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.columns; c++) sheet.cells.delete(cellAddress(box.row + r, box.column + c));
    }
    rows.forEach(([key, value], r) => {
      sheet.cells.set(cellAddress(box.row + r, box.column), { v: key });
      if (value !== null) sheet.cells.set(cellAddress(box.row + r, box.column + 1), { v: value as string | number });
    });
    const shortRange = `${cellAddress(box.row, box.column)}:${cellAddress(box.row + rows.length - 1, box.column + 1)}`;
    host.names.set(
      [...host.names.keys()].find((k) => host.names.get(k)!.name === "TD_Settings")!,
      {
        ...name,
        range: shortRange,
      },
    );

    const validation = await validateWorkbook(host);
    expect(validation.findings.filter((f) => f.rule === "workbook.settings-changed")).toEqual([]);
    expect(validation.meta?.settings.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("still reports a value edited in a current table", async () => {
    const { host } = await filledSelfWorkbook();
    const name = [...host.names.values()].find((n) => n.name === "TD_Settings")!;
    const sheet = host.sheets.get(name.sheet!.toLowerCase())!;
    const box = parseRange(name.range!)!;
    for (let r = 0; r < box.rows; r++) {
      // The key in the narrow column at the right (D), the value in B.
      if (sheet.cells.get(cellAddress(box.row + r, box.column + 3))?.v === "timeZone") {
        sheet.cells.set(cellAddress(box.row + r, box.column + 1), { v: "Europe/Paris" });
      }
    }
    const validation = await validateWorkbook(host);
    const changed = validation.findings.filter((f) => f.rule === "workbook.settings-changed");
    expect(changed.map((f) => f.location.field)).toEqual(["timeZone"]);
  });
});
