// Settings changed by key as the command line writes them: every key of the Cài đặt sheet, values in the form its
// key takes, and a finding naming the key for anything else.

import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import { WORKBOOK_RULES } from "../../../src/workbook/messages/workbookFindingMessages";
import { applySettingAssignments, splitAssignment } from "../../../src/workbook/settings/settingAssignments";
import { settingValue, SETTING_KEYS } from "../../../src/workbook/settings/settingsRows";

const apply = (...pairs: string[]) =>
  applySettingAssignments(
    DEFAULT_SETTINGS,
    pairs.map((p) => splitAssignment(p)!),
  );

describe("settings changed by key", () => {
  it("splits KEY=VALUE at the first equals sign, trimming both, and refuses text without one", () => {
    expect(splitAssignment("awards.flagName=Cờ thi đua = của tỉnh")).toEqual({
      key: "awards.flagName",
      value: "Cờ thi đua = của tỉnh",
    });
    expect(splitAssignment(" finalRule = weighted ")).toEqual({ key: "finalRule", value: "weighted" });
    expect(splitAssignment("finalRule")).toBeNull();
    expect(splitAssignment("=weighted")).toBeNull();
  });

  it("sets words, numbers (either decimal mark), lists and names, leaving the given settings alone", () => {
    const { settings, findings } = apply(
      "finalRule=weighted",
      "weights.peer=0,3",
      "weights.self=0.1",
      "awards.certificateShare=0.25",
      "awards.flags=2",
      "tieBreak=priority, fewer-deductions",
      "awards.certificateName=Bằng khen của Chủ tịch UBND tỉnh Lào Cai",
      "timeZone=Asia/Bangkok",
      "lang=en",
    );
    expect(findings).toEqual([]);
    expect(settings!.finalRule).toBe("weighted");
    expect(settings!.weights).toEqual({ self: 0.1, peer: 0.3, review: 0.5 });
    expect([settings!.awards.certificateShare, settings!.awards.flags]).toEqual([0.25, 2]);
    expect(settings!.tieBreak).toEqual(["priority", "fewer-deductions"]);
    expect(settings!.awards.certificateName).toBe("Bằng khen của Chủ tịch UBND tỉnh Lào Cai");
    expect([settings!.timeZone, settings!.lang]).toEqual(["Asia/Bangkok", "en"]);
    expect(DEFAULT_SETTINGS.finalRule).toBe("last-stage");
  });

  it("switches floors off with a blank word and back on from the thresholds", () => {
    const off = apply("grades.floors.HTXSNV=none").settings!;
    expect(off.grades.floors).toBeNull();
    const on = applySettingAssignments(off, [{ key: "grades.floors.HTTNV", value: "0.75" }]).settings!;
    expect(on.grades.floors).toEqual({ HTXSNV: 0.9, HTTNV: 0.75, HTNV: 0.7 });
    expect(apply("grades.excellentShareOfGood=0.2").settings!.grades.excellentShareOfGood).toBe(0.2);
    expect(apply("grades.excellentShareOfGood=").settings!.grades.excellentShareOfGood).toBeNull();
  });

  it("reads back through settingValue every key the settings sheet has", () => {
    for (const key of SETTING_KEYS) {
      const value = settingValue(DEFAULT_SETTINGS, key);
      const text = value === null ? "none" : String(value);
      const { settings, findings } = apply(`${key}=${text}`);
      expect([key, findings]).toEqual([key, []]);
      expect([key, settingValue(settings!, key)]).toEqual([key, value]);
    }
  });

  it("refuses an unknown key, a word not among its choices and a number that is not one, naming each key", () => {
    const { settings, findings } = apply("bogus=1", "finalRule=best", "weights.peer=ba mươi", "tieBreak=luck");
    expect(settings).toBeNull();
    expect(findings.map((f) => [f.rule, f.location.field])).toEqual([
      [WORKBOOK_RULES.settingsUnknownKey, "bogus"],
      [WORKBOOK_RULES.settingsValue, "finalRule"],
      [WORKBOOK_RULES.settingsValue, "weights.peer"],
      [WORKBOOK_RULES.settingsValue, "tieBreak"],
    ]);
    expect(findings[1].message.vi).toBe(
      "Thông số finalRule không nhận giá trị “best”: hãy ghi một trong last-stage, weighted.",
    );
    expect(findings[2].message.en).toBe("Setting weights.peer must be a number (found “ba mươi”).");
  });
});
