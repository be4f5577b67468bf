// `thidua province --json`: the consolidation for a machine (README "--json shapes"): clusters, proposals by
// section, and findings with their file, sheet and cell; numbers unrounded, info findings left out as elsewhere.

import type { Lang } from "../../core/settings/settingsTypes";
import type { ProvinceRun } from "../../workbook/province/consolidateClusters";

export function provinceJson(run: ProvinceRun, lang: Lang) {
  const c = run.consolidation;
  return {
    year: c.year,
    period: c.period,
    clusters: c.clusters.map((s) => ({
      key: s.key,
      file: s.file,
      cluster: s.label,
      members: s.members,
      period: s.period,
      template: s.template,
      ranked: s.ranked,
      votes: s.votes,
      grades: s.grades,
      flags: s.flags,
      certificates: s.certificates,
      counted: s.counted,
      reasons: s.reasons,
    })),
    proposals: c.proposals.map((p) => ({
      section: p.section,
      award: p.award,
      cluster: p.cluster,
      file: p.file,
      code: p.code,
      name: p.name,
      final: p.final,
      contentMax: p.contentMax,
      rank: p.rank,
      grade: p.grade,
      vote: p.vote
        ? { yes: p.vote.yes, no: p.vote.no, basis: p.vote.basis, quorum: p.vote.quorum, passed: p.vote.passed }
        : null,
      note: p.note?.[lang] ?? null,
    })),
    findings: run.findings
      .filter((f) => f.severity !== "info")
      .map((f) => ({
        file: f.file,
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        unit: f.location.unit ?? null,
        message: f.message[lang],
      })),
  };
}
