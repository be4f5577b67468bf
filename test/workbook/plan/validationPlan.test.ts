// Data validation texts leave the plan within Excel's limits (error title 32, message 225, prompt title 32, prompt
// 255 characters) with numeric bounds, so neither host has to cut or convert anything.

import { BUILTIN_TEMPLATES } from "../../../src/core/template/builtinTemplates";
import type { Lang } from "../../../src/core/settings/settingsTypes";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { planInject } from "../../../src/workbook/plan/planInject";
import { fitText, validationPlan } from "../../../src/workbook/plan/validationPlan";

const NOW = "2026-03-01T08:00:00.000Z";

describe("fitText", () => {
  it("keeps a text within the limit as it is", () => {
    expect(fitText("Giá trị không hợp lệ", 32)).toBe("Giá trị không hợp lệ");
    expect(fitText("x".repeat(32), 32)).toBe("x".repeat(32));
  });

  it("cuts a longer text to the limit, its last character an ellipsis", () => {
    expect(fitText("abcdefghij", 5)).toBe("abcd…");
  });

  it("counts characters, not UTF-16 units, so a character outside the BMP is never split", () => {
    // "𝔸" is two UTF-16 units: 6 characters in all, cut to 4 = three kept plus the ellipsis.
    expect(fitText("𝔸𝔸𝔸𝔸𝔸𝔸", 4)).toBe("𝔸𝔸𝔸…");
  });
});

describe("validationPlan", () => {
  it("cuts each text at its own limit and leaves the bounds as numbers", () => {
    const plan = validationPlan(
      "E6:H6",
      { kind: "decimal", min: 0, max: 0.5 },
      {
        errorTitle: "T".repeat(40),
        errorMessage: "M".repeat(300),
        promptTitle: "P".repeat(33),
        promptMessage: "Q".repeat(300),
      },
    );
    expect(plan).toEqual({
      range: "E6:H6",
      rule: { kind: "decimal", min: 0, max: 0.5 },
      errorTitle: "T".repeat(31) + "…",
      errorMessage: "M".repeat(224) + "…",
      promptTitle: "P".repeat(31) + "…",
      promptMessage: "Q".repeat(254) + "…",
    });
  });

  it("adds no prompt when none is given", () => {
    const plan = validationPlan(
      "A1",
      { kind: "list", items: ["Đạt", "Không đạt"] },
      { errorTitle: "a", errorMessage: "b" },
    );
    expect(plan).toEqual({
      range: "A1",
      rule: { kind: "list", items: ["Đạt", "Không đạt"] },
      errorTitle: "a",
      errorMessage: "b",
    });
  });
});

describe("the injected workbook's validations", () => {
  const cases = BUILTIN_TEMPLATES.flatMap((template) =>
    (["self", "review", "cross"] as WorkbookMode[]).flatMap((mode) =>
      (["vi", "en"] as Lang[]).map((lang) => ({ template, mode, lang })),
    ),
  );

  it.each(cases)("$template.id in $mode mode, $lang: every text within Excel's limits", ({ template, mode, lang }) => {
    const units = ["A1", "A2", "B1"].map((code) => ({
      code,
      name: `Đơn vị ${code}`,
      cluster: "Cụm 1",
      priority: false,
      disqualified: false,
    }));
    const planned = planInject(
      template,
      units,
      {},
      { mode, period: "2026", lang, now: NOW, existing: { sheets: [], names: [] } },
    );
    const validations = planned.plan!.sheets.flatMap((s) => s.validations ?? []);
    expect(validations.length).toBeGreaterThan(0);
    for (const v of validations) {
      expect(Array.from(v.errorTitle).length).toBeLessThanOrEqual(32);
      expect(Array.from(v.errorMessage).length).toBeLessThanOrEqual(225);
      expect(Array.from(v.promptTitle ?? "").length).toBeLessThanOrEqual(32);
      expect(Array.from(v.promptMessage ?? "").length).toBeLessThanOrEqual(255);
      if (v.rule.kind !== "list") {
        expect(Number.isFinite(v.rule.min) && Number.isFinite(v.rule.max)).toBe(true);
      }
    }
  });
});
