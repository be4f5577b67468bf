// `thidua settings` reads each setting in the Cài đặt sheet's words: the same name and explanation in Vietnamese
// administrative style (no "lớp" for score rounds, no "last-stage = …" to decode), the machine key beside it for
// --set, and --json unchanged.

import { join } from "node:path";
import { cliFolder, runThidua } from "./cliInProcess";

jest.setTimeout(60_000);

let dir: string;
const book = () => join("demo", "demo.xlsx");

beforeAll(async () => {
  dir = cliFolder();
  expect((await runThidua(["demo", "--out", "demo"], dir)).status).toBe(0);
});

describe("thidua settings", () => {
  it("names each setting as the Cài đặt sheet does, with its explanation on the line below", async () => {
    const run = await runThidua(["settings", book()], dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    const at = lines.findIndex((l) => /^finalRule\s+last-stage\s+Cách tính điểm xếp hạng$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1].trim()).toMatch(/^Theo vòng chấm cuối: mỗi tiêu chí lấy điểm thẩm định nếu có/);
    // Indented under its setting, so that the keys stand out down the left.
    expect(lines[at + 1]).toMatch(/^ {4}Theo/);
    expect(lines.find((l) => l.startsWith("peerTrim.dropEachSide"))).toMatch(/Số điểm chấm chéo loại bỏ ở mỗi đầu$/);
    expect(run.stdout).not.toMatch(/lớp/);
    expect(run.stdout).not.toMatch(/last-stage =|weighted =/);
  });

  it("says the same in English with --lang en", async () => {
    const run = await runThidua(["settings", book(), "--lang", "en"], dir);
    const lines = run.stdout.split("\n");
    const at = lines.findIndex((l) => /^finalRule\s+last-stage\s+Final score rule$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1].trim()).toMatch(/^Last stage: per criterion the review score/);
    expect(run.stdout).not.toMatch(/layers/);
  });

  it("keeps --json to the keys and values, without the words", async () => {
    const run = await runThidua(["settings", book(), "--json"], dir);
    const parsed = JSON.parse(run.stdout) as { settings: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(["settings"]);
    expect(parsed.settings.finalRule).toBe("last-stage");
    expect(parsed.settings["peerTrim.dropEachSide"]).toBe(1);
    expect(run.stdout).not.toMatch(/Cách tính/);
  });
});
