// The words after `thidua`: one request, or the sentence saying what is wrong with them, in the asked language.

import { parseCommandLine } from "../../src/cli/parseCommandLine";

describe("parseCommandLine", () => {
  it("reads new with its defaults: review mode, no period (the current year), no title", () => {
    const { request } = parseCommandLine(["new", "--template", "khoi-so-nganh", "--units", "u.csv", "--out", "a.xlsx"]);
    expect(request).toEqual({
      ok: true,
      value: {
        command: "new",
        template: "khoi-so-nganh",
        units: "u.csv",
        out: "a.xlsx",
        mode: "review",
        period: null,
        clusterTitle: null,
        force: false,
      },
    });
  });

  it("takes common options before the command", () => {
    const { common, request } = parseCommandLine(["--lang", "en", "rank", "a.xlsx", "--json", "--out=b.xlsx"]);
    expect(common).toEqual({ lang: "en", json: true, debug: false });
    expect(request).toEqual({ ok: true, value: { command: "rank", file: "a.xlsx", out: "b.xlsx" } });
  });

  it("gives help for one command, and the version", () => {
    expect(parseCommandLine(["validate", "--help"]).request).toEqual({
      ok: true,
      value: { command: "help", topic: "validate" },
    });
    expect(parseCommandLine(["--version"]).request).toEqual({ ok: true, value: { command: "version" } });
  });

  it("names the option a command does not have, in English when asked", () => {
    const { request } = parseCommandLine(["demo", "--json", "--lang=en"]);
    expect(request.ok).toBe(false);
    if (!request.ok)
      expect(request.failure.en).toBe("The demo command has no option --json (see “thidua demo --help”).");
  });

  it("lists the modes when --mode is not one of them", () => {
    const { request } = parseCommandLine([
      "new",
      "--template",
      "t",
      "--units",
      "u",
      "--out",
      "o.xlsx",
      "--mode",
      "peer",
    ]);
    expect(request.ok).toBe(false);
    if (!request.ok) expect(request.failure.vi).toContain("self, review, cross");
  });

  it("refuses a second file and an unknown command", () => {
    const second = parseCommandLine(["validate", "a.xlsx", "b.xlsx"]).request;
    expect(second.ok || second.failure.vi).toContain("“b.xlsx”");
    const unknown = parseCommandLine(["publish", "a.xlsx"]).request;
    expect(unknown.ok || unknown.failure.en).toContain("There is no command “publish”");
  });
});
