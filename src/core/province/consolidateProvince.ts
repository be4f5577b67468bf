// The province consolidation (domain.md "Province consolidation"): checks every cluster workbook before it counts,
// then joins the counted ones into one list of proposals grouped by award, a summary per cluster, the unit table
// the statistics count from, and last year's awards from the history sheets. Pure: plain data in, plain data out.
//
// A workbook counts when it has results and no error: its own check is clean, it was ranked and is not stale,
// its votes are recorded where the province requires them, its period is the consolidation's, its template version
// is the one its kind uses, none of its units is in another workbook, its clusters keep within the province's
// quotas, its award cells are the ranking's (a tie at a cut-off stays open) and no flag breaks the rotation gap.

import type { RuleId } from "../findings/ruleId";
import type { Finding } from "../findings/findingTypes";
import { render, type Bilingual } from "../messages/messageTypes";
import { provinceMessages as M } from "../messages/provinceMessages";
import type { Award, Grade } from "../model/gradeTypes";
import { GRADES_BEST_FIRST } from "../model/gradeTypes";
import { checkDuplicateUnits } from "./checkDuplicateUnits";
import { checkFlagRotation } from "./checkFlagRotation";
import { consolidationPeriod, type ConsolidationPeriod } from "./consolidationPeriod";
import { provinceCertificateQuota, type ProvinceSettings } from "./provinceSettings";
import { PROVINCE_RULES } from "./provinceRules";
import type {
  CandidateVote,
  ClusterSource,
  ClusterSummary,
  ClusterUnitResult,
  ClusterWorkbook,
  LastYearCluster,
  ProvinceConsolidation,
  ProvinceFinding,
  ProvinceProposal,
  ProvinceTemplate,
  ProvinceUnit,
  VotesState,
} from "./provinceTypes";

/** A workbook's own errors listed before "n more": enough to see what is wrong, few enough to read 40 files. */
export const OWN_ERRORS_SHOWN = 20;

const SECTION_ORDER: Record<ProvinceProposal["section"], number> = { "co-thi-dua": 0, "bang-khen": 1, council: 2 };

const same = (a: string, b: string) => a.normalize("NFC").trim() === b.normalize("NFC").trim();

/** The most frequent value, the earliest one on a tie; null for none. */
function mostCommon<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** The cluster label the list shows: the units' label, else the workbook's title, else the file name. */
function clusterLabelOf(workbook: ClusterWorkbook, cluster: string): string {
  return cluster.trim() || workbook.clusterTitle?.trim() || workbook.file;
}

function joinNotes(notes: readonly Bilingual[]): Bilingual | null {
  if (notes.length === 0) return null;
  return { vi: notes.map((n) => n.vi).join(" "), en: notes.map((n) => n.en).join(" ") };
}

function fileFinding(
  file: string,
  rule: RuleId,
  severity: Finding["severity"],
  message: Bilingual,
  location: Finding["location"] = {},
  data: Finding["data"] = {},
): ProvinceFinding {
  return { rule, severity, location, message, file, data: { file, ...data } };
}

/** What one counted-or-not readable workbook contributes after its checks. */
interface Checked {
  /** The award each unit stands proposed for after the meeting's votes, by unit code. */
  awards: Map<string, Award | null>;
  votes: Map<string, CandidateVote>;
  notes: Map<string, Bilingual[]>;
  council: { unit: ClusterUnitResult; award: Award; vote: CandidateVote | null; note: Bilingual }[];
  votesState: VotesState;
}

export function consolidateProvince(
  sources: readonly ClusterSource[],
  settings: ProvinceSettings,
): ProvinceConsolidation {
  const perFile: ProvinceFinding[][] = sources.map(() => []);
  const readable: number[] = [];
  sources.forEach((source, i) => {
    if (source.workbook) {
      readable.push(i);
      return;
    }
    const file = source.file;
    perFile[i].push(
      fileFinding(file, PROVINCE_RULES.unreadable, "error", {
        vi: M.unreadable.vi({ file, reason: source.reason.vi }),
        en: M.unreadable.en({ file, reason: source.reason.en }),
      }),
    );
  });
  const workbook = (i: number) => sources[i].workbook as ClusterWorkbook;

  // The consolidation's period: the year asked for (or most workbooks'), and the period most of that year's share.
  const periods = new Map<number, ConsolidationPeriod>(
    readable.map((i) => [i, consolidationPeriod(workbook(i).period)]),
  );
  const year =
    settings.year ?? mostCommon(readable.map((i) => periods.get(i)!.year).filter((y): y is number => y !== null));
  const expectedKey = mostCommon(
    readable
      .map((i) => periods.get(i)!)
      .filter((p) => year === null || p.year === year)
      .map((p) => p.key),
  );
  const expectedText =
    readable.map((i) => workbook(i)).find((w) => consolidationPeriod(w.period).key === expectedKey)?.period ??
    (year !== null ? String(year) : "");
  // The template version each kind (template id) uses: the most common among the workbooks of that kind.
  const versionOf = new Map<string, string>();
  for (const id of new Set(readable.map((i) => workbook(i).template.id))) {
    const versions = readable.filter((i) => workbook(i).template.id === id).map((i) => workbook(i).template.version);
    versionOf.set(id, mostCommon(versions)!);
  }

  const labelOfUnit = (i: number, code: string): string => {
    const w = workbook(i);
    const unit = w.units.find((u) => same(u.code, code));
    return clusterLabelOf(w, unit?.cluster ?? "");
  };
  for (const { at, finding } of checkDuplicateUnits(
    readable.map((i) => ({
      file: workbook(i).file,
      units: workbook(i).units.map((u) => ({
        code: u.code,
        name: u.name,
        cluster: clusterLabelOf(workbook(i), u.cluster),
      })),
    })),
  )) {
    perFile[readable[at]].push(finding);
  }

  const checked = new Map<number, Checked>();
  for (const i of readable) {
    const w = workbook(i);
    const findings = perFile[i];
    const file = w.file;
    const own = w.errors.filter((f) => f.severity === "error");
    if (own.length > 0) {
      findings.unshift(
        fileFinding(file, PROVINCE_RULES.clusterErrors, "error", render(M.clusterErrors, { file, errors: own.length })),
        ...own.slice(0, OWN_ERRORS_SHOWN).map((f) => ({ ...f, file, data: { ...(f.data ?? {}), file } })),
        ...(own.length > OWN_ERRORS_SHOWN
          ? [
              fileFinding(
                file,
                PROVINCE_RULES.clusterErrors,
                "error",
                render(M.moreErrors, { file, count: own.length - OWN_ERRORS_SHOWN }),
              ),
            ]
          : []),
      );
    }
    const period = periods.get(i)!;
    if (expectedKey !== null && period.key !== expectedKey) {
      const location = { area: "metadata" as const, field: "period" };
      findings.push(
        year !== null && period.year !== year
          ? fileFinding(
              file,
              PROVINCE_RULES.otherYear,
              "error",
              render(M.otherYear, { file, period: w.period, year }),
              location,
              {
                period: w.period,
                year,
              },
            )
          : fileFinding(
              file,
              PROVINCE_RULES.otherPeriod,
              "error",
              render(M.otherPeriod, { file, period: w.period, expected: expectedText }),
              location,
              { period: w.period, expected: expectedText },
            ),
      );
    }
    const expectedVersion = versionOf.get(w.template.id)!;
    if (w.template.version !== expectedVersion) {
      findings.push(
        fileFinding(
          file,
          PROVINCE_RULES.templateVersion,
          "error",
          render(M.templateVersion, {
            file,
            id: w.template.id,
            version: w.template.version,
            expected: expectedVersion,
          }),
          { area: "metadata", field: "template" },
          { template: w.template.id, version: w.template.version, expected: expectedVersion },
        ),
      );
    }
    if (w.results) {
      if (!w.ranked) {
        findings.push(
          fileFinding(file, PROVINCE_RULES.notRanked, "error", render(M.notRanked, { file }), { area: "result" }),
        );
      } else if (w.stale) {
        findings.push(fileFinding(file, PROVINCE_RULES.stale, "error", render(M.stale, { file }), { area: "result" }));
      }
      checked.set(i, checkResults(i, w, w.results, findings));
    } else if (w.votesStale) {
      findings.push(votesStale(w));
    } else if (w.votes === null && settings.voteRequired) {
      findings.push(votesMissing(w));
    }
    for (const f of w.historyFindings) {
      findings.push({
        ...f,
        rule: PROVINCE_RULES.historyRow,
        severity: "warning",
        file,
        message: {
          vi: M.historyRow.vi({ file, reason: f.message.vi }),
          en: M.historyRow.en({ file, reason: f.message.en }),
        },
        data: { ...(f.data ?? {}), file },
      });
    }
    if (w.warningCount > 0) {
      findings.push(
        fileFinding(file, PROVINCE_RULES.ownWarnings, "info", render(M.ownWarnings, { file, count: w.warningCount })),
      );
    }
  }

  function votesMissing(w: ClusterWorkbook): ProvinceFinding {
    return fileFinding(
      w.file,
      PROVINCE_RULES.votesMissing,
      "error",
      render(M.votesMissing, { file: w.file, sheet: w.hasVotesSheet ? 1 : 0 }),
    );
  }

  function votesStale(w: ClusterWorkbook): ProvinceFinding {
    const required = settings.voteRequired;
    return fileFinding(
      w.file,
      PROVINCE_RULES.votesStale,
      required ? "error" : "warning",
      render(M.votesStale, { file: w.file, required: required ? 1 : 0 }),
      { area: "votes" },
    );
  }

  /** Quotas, award cells, ties, rotation and votes of a workbook with results. */
  function checkResults(
    i: number,
    w: ClusterWorkbook,
    results: readonly ClusterUnitResult[],
    findings: ProvinceFinding[],
  ): Checked {
    const file = w.file;
    const label = (code: string) => labelOfUnit(i, code);
    const notes = new Map<string, Bilingual[]>();
    const note = (code: string, text: Bilingual) => notes.set(code, [...(notes.get(code) ?? []), text]);

    // Quotas per cluster label, on what the scores proposed.
    const labels = [...new Set(w.units.map((u) => clusterLabelOf(w, u.cluster)))];
    for (const cluster of labels) {
      const members = w.units.filter((u) => clusterLabelOf(w, u.cluster) === cluster).length;
      const mine = results.filter((r) => label(r.code) === cluster);
      const flags = mine.filter((r) => r.award === "co-thi-dua");
      const certificates = mine.filter((r) => r.award === "bang-khen");
      if (flags.length > settings.flagsPerCluster) {
        const location =
          w.settings.awards.flags > settings.flagsPerCluster
            ? { area: "settings" as const, field: "awards.flags" }
            : { area: "result" as const, unit: flags[flags.length - 1].code, field: "award" };
        findings.push(
          fileFinding(
            file,
            PROVINCE_RULES.flagsOverQuota,
            "error",
            render(M.flagsOverQuota, { file, cluster, count: flags.length, quota: settings.flagsPerCluster }),
            location,
            { cluster, count: flags.length, quota: settings.flagsPerCluster },
          ),
        );
      }
      const quota = provinceCertificateQuota(members, settings);
      if (certificates.length > quota) {
        const location =
          w.settings.awards.certificateShare > settings.certificateShare
            ? { area: "settings" as const, field: "awards.certificateShare" }
            : w.settings.awards.certificateMin > settings.certificateMin
              ? { area: "settings" as const, field: "awards.certificateMin" }
              : { area: "result" as const, unit: certificates[certificates.length - 1].code, field: "award" };
        findings.push(
          fileFinding(
            file,
            PROVINCE_RULES.certificatesOverQuota,
            "error",
            render(M.certificatesOverQuota, { file, cluster, count: certificates.length, quota, members }),
            location,
            { cluster, count: certificates.length, quota, members },
          ),
        );
      }
    }

    // Ties at a cut-off stay open: noted on each tied unit, put to the council.
    const tiedFor = new Map<string, Award[]>();
    const council: Checked["council"] = [];
    for (const tie of w.ties) {
      const award = tie.data?.award as Award | undefined;
      const codes = String(tie.data?.units ?? "")
        .split(", ")
        .filter(Boolean);
      if (!award || codes.length === 0) continue;
      const tied = codes.map((c) => results.find((r) => same(r.code, c))).filter((r): r is ClusterUnitResult => !!r);
      if (tied.length === 0) continue;
      const cluster = label(tied[0].code);
      const names = tied.map((r) => r.name.trim() || r.code);
      findings.push(
        fileFinding(
          file,
          PROVINCE_RULES.tieOpen,
          "warning",
          render(M.tieOpen, { cluster, award, units: names.join(", "), rank: tied[0].rank }),
          { area: "result", unit: tied[0].code, field: "award" },
          { cluster, award, rank: tied[0].rank, units: tied.map((r) => r.code).join(", ") },
        ),
      );
      tied.forEach((r, k) => {
        tiedFor.set(r.code, [...(tiedFor.get(r.code) ?? []), award]);
        const others = names.filter((_, j) => j !== k).join(", ");
        const text = render(M.noteTie, { award, others });
        note(r.code, text);
        council.push({ unit: r, award, vote: null, note: text });
      });
    }

    // The award cells as written must be the ranking's (only meaningful while the results are current).
    if (w.ranked && !w.stale) {
      for (const r of results) {
        if (r.writtenAward === r.award) continue;
        const written = r.writtenText ?? "";
        const unit = r.name.trim() || r.code;
        const location = { area: "result" as const, unit: r.code, field: "award" };
        const tiedAward =
          r.writtenAward !== null && r.writtenAward !== "unknown" && tiedFor.get(r.code)?.includes(r.writtenAward)
            ? r.writtenAward
            : null;
        findings.push(
          tiedAward
            ? fileFinding(
                file,
                PROVINCE_RULES.tieBroken,
                "error",
                render(M.tieBroken, { cluster: label(r.code), award: tiedAward, unit, written }),
                location,
                { unit: r.code, written },
              )
            : fileFinding(
                file,
                PROVINCE_RULES.awardEdited,
                "error",
                {
                  vi: M.awardEdited.vi({
                    cluster: label(r.code),
                    unit,
                    written,
                    expected: awardText(r.award, "vi"),
                  }),
                  en: M.awardEdited.en({
                    cluster: label(r.code),
                    unit,
                    written,
                    expected: awardText(r.award, "en"),
                  }),
                },
                location,
                { unit: r.code, written },
              ),
        );
      }
    }

    // Rotation: the gap the province requires after a flag, and flags handed round in turn.
    if (year !== null) {
      const rotation = checkFlagRotation(
        { file, year, clusterOf: label, units: w.units, results, history: w.history, settings: w.settings },
        settings,
      );
      findings.push(...rotation.findings);
      for (const [code, sequence] of rotation.turns) note(code, render(M.noteTurns, { sequence }));
    }

    // Votes: a proposal the meeting voted down goes to the council, as does one the meeting added.
    const awards = new Map<string, Award | null>(results.map((r) => [r.code, r.award]));
    const votes = new Map<string, CandidateVote>();
    let votesState: VotesState = "not-required";
    if (w.votesStale) {
      // A stale tally is no vote: the score's proposals stand (and without a vote where one is required, it is out).
      votesState = "stale";
      findings.push(votesStale(w));
    } else if (w.votes) {
      votesState = "recorded";
      const matched = new Set<CandidateVote>();
      for (const r of results) {
        if (!r.award) continue;
        const award = r.award;
        const vote = w.votes.candidates.find((c) => c.award === award && same(c.unit, r.code));
        const unit = r.name.trim() || r.code;
        const cluster = label(r.code);
        if (!vote) {
          findings.push(
            fileFinding(file, PROVINCE_RULES.voteAbsent, "warning", render(M.voteAbsent, { cluster, award, unit }), {
              area: "result",
              unit: r.code,
              field: "award",
            }),
          );
          continue;
        }
        matched.add(vote);
        votes.set(r.code, vote);
        if (vote.passed) continue;
        awards.set(r.code, null);
        const quorum = vote.quorum ? 1 : 0;
        findings.push(
          fileFinding(
            file,
            PROVINCE_RULES.voteFailed,
            "warning",
            render(M.voteFailed, { cluster, award, unit, yes: vote.yes, basis: vote.basis, quorum }),
            { area: "result", unit: r.code, field: "award" },
          ),
        );
        const text = render(M.noteVoteFailed, { award, quorum });
        note(r.code, text);
        council.push({ unit: r, award, vote, note: text });
      }
      for (const vote of w.votes.candidates) {
        if (matched.has(vote) || !vote.passed) continue;
        const r = results.find((u) => same(u.code, vote.unit));
        if (!r) continue;
        const reason = vote.reason?.trim() ?? "";
        findings.push(
          fileFinding(
            file,
            PROVINCE_RULES.voteAdded,
            "warning",
            render(M.voteAdded, { cluster: label(r.code), award: vote.award, unit: r.name.trim() || r.code, reason }),
            { area: "result", unit: r.code, field: "award" },
          ),
        );
        const text = render(M.noteVoteAdded, { reason });
        note(r.code, text);
        council.push({ unit: r, award: vote.award, vote, note: text });
      }
    } else if (settings.voteRequired) {
      votesState = "not-recorded";
      findings.push(votesMissing(w));
    }
    return { awards, votes, notes, council, votesState };
  }

  // Which workbooks count, and what they give.
  const counted = (i: number) =>
    sources[i].workbook !== null && workbook(i).results !== null && !perFile[i].some((f) => f.severity === "error");
  const clusters: ClusterSummary[] = [];
  const units: ProvinceUnit[] = [];
  const proposals: ProvinceProposal[] = [];
  const lastYearClusters: LastYearCluster[] = [];
  const templates: ProvinceTemplate[] = [];
  const sittings: ProvinceConsolidation["sittings"] = [];
  sources.forEach((source, i) => {
    const reasons = [...new Set(perFile[i].filter((f) => f.severity === "error").map((f) => f.rule))].filter((r) =>
      r.startsWith("province."),
    );
    if (!source.workbook) {
      clusters.push({
        key: clusters.length + 1,
        file: source.file,
        label: source.file,
        members: null,
        period: null,
        template: null,
        ranked: null,
        votes: null,
        grades: null,
        flags: null,
        certificates: null,
        counted: false,
        reasons,
      });
      return;
    }
    const w = source.workbook;
    const isCounted = counted(i);
    const check = checked.get(i);
    const labels = [...new Set(w.units.map((u) => clusterLabelOf(w, u.cluster)))];
    for (const label of labels) {
      const key = clusters.length + 1;
      const members = w.units.filter((u) => clusterLabelOf(w, u.cluster) === label);
      const mine = (w.results ?? [])
        .filter((r) => labelOfUnit(i, r.code) === label)
        .map((r, order) => ({ r, order }))
        .sort((a, b) => a.r.rank - b.r.rank || a.order - b.order)
        .map(({ r }) => r);
      const summary: ClusterSummary = {
        key,
        file: w.file,
        label,
        members: members.length,
        period: w.period,
        template: { id: w.template.id, version: w.template.version },
        ranked: w.results === null ? null : !w.ranked ? "not-ranked" : w.stale ? "stale" : "ranked",
        votes:
          check?.votesState ??
          (w.votesStale ? "stale" : w.votes ? "recorded" : settings.voteRequired ? "not-recorded" : "not-required"),
        grades: null,
        flags: null,
        certificates: null,
        counted: isCounted,
        reasons,
      };
      clusters.push(summary);
      if (!isCounted || !check) continue;
      const t = w.template;
      if (!templates.some((u) => u.id === t.id && u.version === t.version)) {
        templates.push({ id: t.id, version: t.version, title: t.title, legalBasis: t.legalBasis });
      }
      const sitting = check.votesState === "recorded" ? w.votes?.sittings.find((m) => same(m.cluster, label)) : null;
      if (sitting) sittings.push({ ...sitting, clusterKey: key });
      const grades = Object.fromEntries(GRADES_BEST_FIRST.map((g) => [g, 0])) as Record<Grade, number>;
      for (const r of mine) {
        grades[r.grade] += 1;
        const award = check.awards.get(r.code) ?? null;
        const vote = check.votes.get(r.code) ?? null;
        const noteText = joinNotes(check.notes.get(r.code) ?? []);
        units.push({
          clusterKey: key,
          cluster: label,
          file: w.file,
          code: r.code,
          name: r.name,
          final: r.final,
          contentMax: w.contentMax,
          rank: r.rank,
          grade: r.grade,
          award,
          note: noteText,
        });
        if (award) proposals.push(proposal(award, award, r, vote, noteText));
      }
      for (const c of check.council) {
        if (labelOfUnit(i, c.unit.code) !== label) continue;
        proposals.push(proposal("council", c.award, c.unit, c.vote, c.note));
      }
      summary.grades = grades;
      summary.flags = mine.filter((r) => check.awards.get(r.code) === "co-thi-dua").length;
      summary.certificates = mine.filter((r) => check.awards.get(r.code) === "bang-khen").length;
      if (year !== null) {
        const memberCodes = members.map((u) => u.code);
        const rows = w.history.filter((h) => h.year === year - 1 && memberCodes.some((c) => same(c, h.unit)));
        if (rows.length > 0) {
          lastYearClusters.push({
            clusterKey: key,
            flags: rows.filter((h) => h.award === "co-thi-dua").length,
            certificates: rows.filter((h) => h.award === "bang-khen").length,
          });
        }
      }

      function proposal(
        section: ProvinceProposal["section"],
        award: Award,
        r: ClusterUnitResult,
        vote: CandidateVote | null,
        noteText: Bilingual | null,
      ): ProvinceProposal {
        return {
          section,
          award,
          clusterKey: key,
          cluster: label,
          file: w.file,
          code: r.code,
          name: r.name,
          final: r.final,
          contentMax: w.contentMax,
          rank: r.rank,
          grade: r.grade,
          vote,
          note: noteText,
        };
      }
    }
  });
  // Sections, then clusters in order, then rank; the sort is stable, so equal ranks keep the units' order.
  proposals.sort(
    (a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.clusterKey - b.clusterKey || a.rank - b.rank,
  );

  const findings = perFile.flat();
  if (!sources.some((_, i) => counted(i))) {
    findings.push({
      rule: PROVINCE_RULES.noClusters,
      severity: "error",
      location: {},
      message: render(M.noClusters, {}),
      file: null,
    });
  }
  const firstCounted = sources.findIndex((_, i) => counted(i));
  return {
    year,
    period: firstCounted >= 0 ? workbook(firstCounted).period : null,
    clusters,
    proposals,
    units,
    lastYear: year !== null && lastYearClusters.length > 0 ? { year: year - 1, clusters: lastYearClusters } : null,
    templates,
    sittings,
    findings,
  };
}

/** The award a ranking writes, as awardEdited quotes it ("no award" for none). */
function awardText(award: Award | null, lang: "vi" | "en"): string {
  return award ? M.awardShort[lang]({ award }) : M.noAward[lang]();
}
