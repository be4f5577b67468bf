import { BUILTIN_TEMPLATES, getBuiltinTemplate, listTemplates } from "../../../src/core/template/builtinTemplates";
import { flattenTemplate } from "../../../src/core/template/flattenTemplate";
import type { CriterionNode, Template } from "../../../src/core/template/templateTypes";

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function allNodes(nodes: readonly CriterionNode[]): CriterionNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children ?? [])]);
}

function leaves(node: CriterionNode): CriterionNode[] {
  return node.children?.length ? node.children.flatMap(leaves) : [node];
}

const isSection = (top: CriterionNode) =>
  leaves(top).every((l) => l.kind === "bonus") || leaves(top).every((l) => l.kind === "deduction");

/** Every Vietnamese text of a template: titles, guides, description. */
function vietnameseText(t: Template): string {
  return [
    t.title.vi,
    t.description?.vi ?? "",
    ...allNodes(t.criteria).flatMap((n) => [n.title.vi, n.guide?.vi ?? ""]),
  ].join("\n");
}

/** Top-level content groups and bonus caps exactly as domain.md's "Standard templates" table gives them. */
const DOMAIN_TABLE: Record<string, { groups: [string, number][]; bonusCap: number; scale: number }> = {
  "cum-xa-phuong": {
    groups: [
      ["I", 400],
      ["II", 150],
      ["III", 100],
      ["IV", 150],
      ["V", 80],
      ["VI", 70],
    ],
    bonusCap: 50,
    scale: 1000,
  },
  "khoi-so-nganh": {
    groups: [
      ["I", 50],
      ["II", 15],
      ["III", 15],
      ["IV", 10],
      ["V", 10],
    ],
    bonusCap: 5,
    scale: 100,
  },
  "khoi-doanh-nghiep": {
    groups: [
      ["I", 50],
      ["II", 20],
      ["III", 10],
      ["IV", 10],
      ["V", 10],
    ],
    bonusCap: 5,
    scale: 100,
  },
  "khoi-truong-hoc": {
    groups: [
      ["I", 40],
      ["II", 15],
      ["III", 15],
      ["IV", 10],
      ["V", 10],
      ["VI", 10],
    ],
    bonusCap: 5,
    scale: 100,
  },
  "ca-nhan-thang": {
    groups: [
      ["A", 30],
      ["B", 70],
    ],
    bonusCap: 0,
    scale: 100,
  },
};

const byId = (id: string) => BUILTIN_TEMPLATES.find((t) => t.id === id)!;
const node = (t: Template, code: string) => allNodes(t.criteria).find((n) => n.code === code)!;

describe("built-in templates", () => {
  it("are the five templates of domain.md, at version 1.0.0 (the individual template 1.1.0: it scores persons)", () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(Object.keys(DOMAIN_TABLE));
    for (const t of BUILTIN_TEMPLATES) expect(t.version).toBe(t.id === "ca-nhan-thang" ? "1.1.0" : "1.0.0");
  });

  describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s", (id, t) => {
    const expected = DOMAIN_TABLE[id];
    const flat = flattenTemplate(t);

    it("has the scale, top-level content groups and bonus cap of domain.md's table", () => {
      expect(t.scale).toBe(expected.scale);
      expect(t.bonusCap).toBe(expected.bonusCap);
      expect(flat.contentTops.map((i) => [flat.rows[i].code, flat.rows[i].max])).toEqual(expected.groups);
    });

    it("gives every group the sum of its children's max, sections excepted", () => {
      for (const top of t.criteria.filter((n) => !isSection(n))) {
        for (const group of allNodes([top]).filter((n) => n.kind === "group")) {
          const sum = group.children!.reduce((s, c) => s + c.max, 0);
          expect([group.code, sum]).toEqual([group.code, group.max]);
        }
      }
    });

    it("has 3 to 8 criteria in each top-level content group", () => {
      for (const top of t.criteria.filter((n) => !isSection(n))) {
        expect(top.children!.length).toBeGreaterThanOrEqual(3);
        expect(top.children!.length).toBeLessThanOrEqual(8);
      }
    });

    it("uses every code once", () => {
      const codes = allNodes(t.criteria).map((n) => n.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it("titles every criterion in Vietnamese with diacritics (NFC) and in English", () => {
      for (const n of allNodes(t.criteria)) {
        expect([n.code, VIETNAMESE_LETTER.test(n.title.vi)]).toEqual([n.code, true]);
        expect(n.title.vi).toBe(n.title.vi.normalize("NFC"));
        expect([n.code, (n.title.en ?? "").length > 0]).toEqual([n.code, true]);
        if (n.guide)
          expect([n.code, n.guide.vi.length > 0, (n.guide.en ?? "").length > 0]).toEqual([n.code, true, true]);
      }
      expect(t.title.en).toBeTruthy();
      expect(t.description?.vi).toBeTruthy();
      expect(t.description?.en).toBeTruthy();
    });

    it("stays level-neutral: no district tier in any text", () => {
      expect(vietnameseText(t)).not.toMatch(/huyện/i);
    });

    it("ends with a bonus section B worth the bonus cap (when there is one) and a deduction section D", () => {
      const bonus = t.criteria.find((n) => n.code === "B" && isSection(n));
      if (t.bonusCap > 0) {
        expect(bonus).toBeDefined();
        expect(bonus!.title.vi).toBe("Điểm thưởng");
        expect(bonus!.max).toBe(t.bonusCap);
        expect(bonus!.children!.length).toBeGreaterThanOrEqual(2);
        expect(bonus!.children!.length).toBeLessThanOrEqual(4);
        expect(bonus!.children!.every((c) => c.kind === "bonus")).toBe(true);
      } else {
        expect(flat.bonusRows).toEqual([]);
      }
      const deduction = t.criteria[t.criteria.length - 1];
      expect(deduction.code).toBe("D");
      expect(deduction.title.vi).toBe("Điểm trừ");
      expect(deduction.max).toBe(0);
      expect(deduction.children!.length).toBeGreaterThanOrEqual(2);
      expect(deduction.children!.every((c) => c.kind === "deduction" && c.max > 0)).toBe(true);
    });

    it("cites the Law on Emulation and Commendation, Decree 152/2025 and Circular 15/2025 with dates", () => {
      const numbers = t.legalBasis.map((d) => d.number).join(" | ");
      expect(numbers).toContain("06/2022/QH15");
      expect(numbers).toContain("152/2025/NĐ-CP");
      expect(numbers).toContain("15/2025/TT-BNV");
      expect(t.legalBasis.find((d) => d.number.includes("152/2025"))!.date).toBe("2025-06-14");
      expect(t.legalBasis.find((d) => d.number.includes("06/2022"))!.date).toBe("2022-06-15");
    });
  });

  it("scores 950 content points plus a 50-point bonus cap on the commune cluster's 1,000-point scale", () => {
    // 400 + 150 + 100 + 150 + 80 + 70 = 950; 950 + 50 = 1,000.
    const flat = flattenTemplate(byId("cum-xa-phuong"));
    expect(flat.contentMax).toBe(950);
    expect(flat.contentMax + byId("cum-xa-phuong").bonusCap).toBe(byId("cum-xa-phuong").scale);
  });

  it("scores 100 content points on the 100-point templates", () => {
    for (const id of ["khoi-so-nganh", "khoi-doanh-nghiep", "khoi-truong-hoc", "ca-nhan-thang"]) {
      expect([id, flattenTemplate(byId(id)).contentMax]).toEqual([id, 100]);
    }
  });

  it("scores manual criteria in steps of 0.5 on the 1,000-point scale and 0.25 elsewhere", () => {
    for (const t of BUILTIN_TEMPLATES) {
      const flat = flattenTemplate(t);
      const steps = new Set(flat.rows.filter((r) => r.kind === "manual").map((r) => r.step));
      expect([t.id, [...steps]]).toEqual([t.id, [t.id === "cum-xa-phuong" ? 0.5 : 0.25]]);
    }
  });

  it("uses the period of each kind of unit: school year for schools, month for individuals, else year", () => {
    expect(BUILTIN_TEMPLATES.map((t) => [t.id, t.periodKind])).toEqual([
      ["cum-xa-phuong", "year"],
      ["khoi-so-nganh", "year"],
      ["khoi-doanh-nghiep", "year"],
      ["khoi-truong-hoc", "school-year"],
      ["ca-nhan-thang", "month"],
    ]);
  });

  it("scores budget revenue against the cluster leader and the poverty rate downward in the commune cluster", () => {
    const t = byId("cum-xa-phuong");
    expect(node(t, "I.1").kind).toBe("quant_leader");
    expect(node(t, "I.1").title.vi).toMatch(/ngân sách/);
    const poverty = allNodes(t.criteria).find((n) => /hộ nghèo/.test(n.title.vi))!;
    expect([poverty.kind, poverty.direction]).toEqual(["quant_prop", "down"]);
    expect(t.criteria[0].children!.every((c) => c.kind.startsWith("quant_"))).toBe(true);
  });

  it("scores overdue dossiers and accidents downward wherever they appear", () => {
    const downward = BUILTIN_TEMPLATES.flatMap((t) =>
      allNodes(t.criteria).filter((n) => n.kind === "quant_prop" && /quá hạn|tai nạn/.test(n.title.vi)),
    );
    expect(downward.length).toBeGreaterThanOrEqual(3);
    for (const n of downward) expect([n.code, n.direction]).toEqual([n.code, "down"]);
  });

  it("scores enterprise revenue and taxes paid against the block leader", () => {
    const t = byId("khoi-doanh-nghiep");
    const leader = allNodes(t.criteria).filter((n) => n.kind === "quant_leader");
    expect(leader.map((n) => n.title.vi)).toEqual([
      "Doanh thu so với kế hoạch",
      "Nộp ngân sách nhà nước so với kế hoạch",
    ]);
  });

  it("scores launching the movement and signing the pact as Đạt/Không đạt in every collective template", () => {
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.id !== "ca-nhan-thang")) {
      const launch = allNodes(t.criteria).filter((n) => n.kind === "qual" && /phát động.*giao ước/.test(n.title.vi));
      expect([t.id, launch.length]).toEqual([t.id, 1]);
      const noLaunch = allNodes(t.criteria).filter(
        (n) => n.kind === "deduction" && n.title.vi === "Không tổ chức phát động, ký kết giao ước, đăng ký thi đua",
      );
      expect([t.id, noLaunch.length]).toEqual([t.id, 1]);
    }
    // Huế's −8 for no launch is on a 1,000-point scale (research/domain.md §1.1).
    expect(node(byId("cum-xa-phuong"), "D.1").max).toBe(8);
  });

  it("counts replicated models and advanced examples per unit with positive points each, capped", () => {
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.id !== "ca-nhan-thang")) {
      const perUnit = allNodes(t.criteria).filter((n) => n.kind === "per_unit");
      expect([t.id, perUnit.length > 0]).toEqual([t.id, true]);
      for (const n of perUnit) {
        expect(n.pointsEach).toBeGreaterThan(0);
        expect(n.pointsEach!).toBeLessThanOrEqual(n.max);
      }
    }
  });

  it("evaluates an individual on 3 × 10 general points and 70 points of quantity, quality and progress", () => {
    const t = byId("ca-nhan-thang");
    expect(node(t, "A").children!.map((c) => [c.kind, c.max])).toEqual([
      ["manual", 10],
      ["manual", 10],
      ["manual", 10],
    ]);
    const results = node(t, "B").children!;
    expect(results.map((c) => c.title.vi.split(":")[0])).toEqual(["Số lượng", "Chất lượng", "Tiến độ"]);
    expect(results.every((c) => c.kind === "quant_prop")).toBe(true);
    // 30 + 20 + 20 = 70
    expect(results.reduce((s, c) => s + c.max, 0)).toBe(70);
    expect(t.legalBasis.find((d) => d.number.includes("335/2025/NĐ-CP"))!.date).toBe("2025-12-21");
  });

  it("scores persons with the individual template and units with every other one, proposing no award to persons", () => {
    expect(byId("ca-nhan-thang").subject).toBe("person");
    expect(byId("ca-nhan-thang").individualAwards).toBeUndefined();
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.id !== "ca-nhan-thang")) expect(t.subject).toBeUndefined();
  });

  it("brings Decree 335's grades to the individual template: 90/70/50, no floors, HTXSNV at most 20 % of HTTNV", () => {
    expect(byId("ca-nhan-thang").settings).toEqual({
      grades: { thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 }, floors: null, excellentShareOfGood: 0.2 },
    });
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.id !== "ca-nhan-thang")) expect(t.settings).toBeUndefined();
  });

  it.each([
    ["exemplary cadres", ["trách nhiệm nêu gương"]],
    ["green, harmonious, happy growth", ["xanh, hài hòa, bản sắc và hạnh phúc"]],
    ["the people's image", ["thân thiện, nhân ái, đoàn kết, sáng tạo, hội nhập"]],
    [
      "happy families, schools and agencies",
      ["gia đình hạnh phúc", "trường học hạnh phúc", "cơ quan, đơn vị hạnh phúc"],
    ],
    [
      "science, innovation, digital economy and society",
      ["chuyển đổi số", "kinh tế số", "xã hội số", "đổi mới sáng tạo"],
    ],
    ["defence and security", ["quốc phòng", "an ninh"]],
  ])("carries the Yên Bái directive's focus area on %s in the criteria", (_, phrases) => {
    const texts = BUILTIN_TEMPLATES.map(vietnameseText).join("\n");
    for (const phrase of phrases) expect([phrase, texts.includes(phrase)]).toEqual([phrase, true]);
  });
});

describe("getBuiltinTemplate", () => {
  it("returns a copy that the caller may change without changing the built-in", () => {
    const copy = getBuiltinTemplate("khoi-so-nganh")!;
    expect(copy).toStrictEqual(byId("khoi-so-nganh"));
    copy.criteria[0].max = 1;
    expect(byId("khoi-so-nganh").criteria[0].max).toBe(50);
  });

  it("returns undefined for an unknown id", () => {
    expect(getBuiltinTemplate("cum-huyen")).toBeUndefined();
  });
});

describe("listTemplates", () => {
  it("summarises each built-in in Vietnamese by default", () => {
    const cluster = listTemplates().find((s) => s.id === "cum-xa-phuong")!;
    expect(cluster).toMatchObject({ version: "1.0.0", scale: 1000, contentMax: 950, bonusCap: 50, periodKind: "year" });
    expect(cluster.title).toBe("Cụm thi đua các xã, phường");
    expect(cluster.groups.map((g) => [g.code, g.max])).toEqual(DOMAIN_TABLE["cum-xa-phuong"].groups);
    expect(cluster.groups[3].title).toBe("Xây dựng chính quyền, cải cách hành chính, chuyển đổi số");
    expect(cluster.legalBasis[0]).toEqual({
      number: "Luật số 06/2022/QH15",
      title: "Luật Thi đua, khen thưởng",
      date: "2022-06-15",
    });
  });

  it("summarises in English on request, leaving bonus and deduction sections out of the groups", () => {
    const list = listTemplates("en");
    expect(list.map((s) => s.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    const individual = list.find((s) => s.id === "ca-nhan-thang")!;
    expect(individual.title).toBe("Monthly individual evaluation");
    expect(individual.groups).toEqual([
      { code: "A", title: "General criteria", max: 30 },
      { code: "B", title: "Task results", max: 70 },
    ]);
    expect(individual.legalBasis.map((d) => d.title)).toContain(
      "Evaluation and grading of the quality of state administrative agencies and civil servants",
    );
  });
});
