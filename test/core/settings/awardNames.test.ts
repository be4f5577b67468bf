import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { awardFullName } from "../../../src/core/settings/awardNames";

describe("awards' full names", () => {
  it("defaults to the provincial awards as documents name them", () => {
    const settings = resolveSettings();
    expect(awardFullName(settings, "co-thi-dua", "vi")).toBe("Cờ thi đua của Ủy ban nhân dân tỉnh");
    expect(awardFullName(settings, "bang-khen", "vi")).toBe("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
  });

  it("gives the English name for the default in an English workbook", () => {
    const settings = resolveSettings();
    expect(awardFullName(settings, "co-thi-dua", "en")).toBe("Emulation flag of the Provincial People's Committee");
  });

  it("keeps a name the secretariat wrote, in either language", () => {
    const settings = resolveSettings({ awards: { flagName: "Cờ thi đua của Bộ Công an" } });
    expect(awardFullName(settings, "co-thi-dua", "vi")).toBe("Cờ thi đua của Bộ Công an");
    expect(awardFullName(settings, "co-thi-dua", "en")).toBe("Cờ thi đua của Bộ Công an");
    expect(awardFullName(settings, "bang-khen", "vi")).toBe("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
  });
});
