// Reads one cluster workbook for the province, through any Host (Office, .xlsx files, memory), in one outline and
// one read: its metadata, its own check (thidua validate's, without the formula comparison: see below), its results
// recomputed from the entries (so that a stale ranking cannot pass for a current one), the award cells as written,
// its history and whether it holds votes. Nothing is written to it.

import { parseHistory } from "../../core/fairness/rotation";
import type { Finding } from "../../core/findings/findingTypes";
import type { Bilingual } from "../../core/messages/messageTypes";
import { render } from "../../core/messages/messageTypes";
import type { Award } from "../../core/model/gradeTypes";
import type { ClusterSource, ClusterUnitResult, MeetingVotes } from "../../core/province/provinceTypes";
import type { RankingResult } from "../../core/model/scoringTypes";
import { computeResults } from "../../core/ranking/computeResults";
import { flattenTemplate } from "../../core/template/flattenTemplate";
import { VALIDATION_RULES } from "../../core/validation/validationRules";
import { HostError, type Host, type WorkbookOutline } from "../host/hostTypes";
import { parseRange } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { AWARD_TERMS } from "../../core/messages/glossary";
import { rollupMessages } from "../messages/rollupMessages";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { validateParsed } from "../operations/validateWorkbook";
import { parseWorkbook } from "../read/parseWorkbook";
import { readEntries, readPlan } from "../read/readPlan";
import { sliceRead } from "../read/sliceRead";
import { VOTES_NAME } from "./provinceNames";
import type { StampPlace, VotesReader } from "./recordedVotes";

export interface ClusterRead {
  source: ClusterSource;
  /** For placing the findings about this workbook on its sheets and cells; null when unreadable. */
  layout: WorkbookLayout | null;
  meta: WorkbookMeta | null;
  /** The meeting's tally stamp, where a finding about a stale vote points; null without one. */
  stamp: StampPlace | null;
}

/** The award a result sheet's award cell names, in either language's words. */
function awardOfText(text: string | null): Award | null | "unknown" {
  if (text === null) return null;
  const word = text.normalize("NFC").trim().toLocaleLowerCase("vi");
  for (const award of ["co-thi-dua", "bang-khen"] as const) {
    const words = [AWARD_TERMS[award].short.vi, AWARD_TERMS[award].short.en].map((w) => w.toLocaleLowerCase("vi"));
    if (words.includes(word)) return award;
  }
  return "unknown";
}

function unreadable(file: string, reason: Bilingual): ClusterRead {
  return { source: { file, workbook: null, reason }, layout: null, meta: null, stamp: null };
}

export interface ReadClusterOptions {
  /** The meeting's votes when known already (plain data); otherwise read with `readVotes` from TD_Votes. */
  votes?: MeetingVotes | null;
  /** Reads the meeting's votes of a workbook that holds TD_Votes; without one, votes count as not recorded. */
  readVotes?: VotesReader;
}

export async function readClusterWorkbook(
  file: string,
  host: Host,
  options: ReadClusterOptions = {},
): Promise<ClusterRead> {
  let outline: WorkbookOutline;
  let parsed;
  try {
    outline = await host.outline();
    // The province recomputes every result from the entries and never reads the cluster's formulas: comparing
    // them with a re-made plan (seconds for a 60-unit cross workbook) would change nothing in the list.
    parsed = parseWorkbook(await host.read(readPlan(outline)), outline, { formulaChecks: false });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    return unreadable(file, error.detail);
  }
  const meta = parsed.meta;
  if (!meta || !parsed.layout) {
    return unreadable(file, parsed.findings[0]?.message ?? render(rollupMessages.noMeta, {}));
  }
  const layout = parsed.layout;
  const validation = validateParsed(parsed);
  const errors: Finding[] = validation.findings.filter((f) => f.severity === "error");
  const stale = validation.findings.some((f) => f.rule === VALIDATION_RULES.resultStale);
  const warningCount = validation.findings.filter(
    (f) => f.severity === "warning" && f.rule !== VALIDATION_RULES.resultStale,
  ).length;

  let results: ClusterUnitResult[] | null = null;
  let ties: Finding[] = [];
  let ranking: RankingResult | null = null;
  if (validation.input && errors.length === 0) {
    const written = writtenAwards(outline, parsed.source?.reads ?? []);
    ranking = computeResults(validation.input);
    ties = ranking.findings.filter((f) => f.rule === "award.tie-at-cutoff");
    results = ranking.units.map((u) => {
      const text = written?.[u.index] ?? null;
      return {
        code: u.unit.code,
        name: u.unit.name,
        cluster: u.unit.cluster,
        final: u.final,
        rank: u.rank,
        grade: u.grade,
        award: u.award,
        tieBreakNote: u.tieBreakNote,
        disqualified: u.unit.disqualified,
        // Without a readable award column there is nothing to compare: the ranking's award stands.
        writtenAward: written ? awardOfText(text) : u.award,
        writtenText: text,
      };
    });
  }
  const history = parsed.history ? parseHistory(parsed.history) : { rows: [], findings: [] };
  const hasVotesSheet = outline.names.some((n) => n.name.toUpperCase() === VOTES_NAME.toUpperCase());
  // The votes are counted against the scores: without results (entries with errors) there is nothing to read.
  const outcome =
    options.votes !== undefined
      ? null
      : hasVotesSheet && options.readVotes && validation.input && ranking
        ? await options.readVotes({
            host,
            outline,
            reads: parsed.source?.reads ?? [],
            meta,
            input: validation.input,
            ranking,
            history: history.rows,
          })
        : null;
  const votes = options.votes !== undefined ? options.votes : outcome?.state === "recorded" ? outcome.votes : null;
  const title = meta.template.title;
  return {
    source: {
      file,
      workbook: {
        file,
        period: meta.period,
        template: {
          id: meta.template.id,
          version: meta.template.version,
          title: (meta.lang === "en" && title.en) || title.vi,
          legalBasis: meta.template.legalBasis ?? [],
        },
        contentMax: flattenTemplate(meta.template).contentMax,
        clusterTitle: meta.clusterTitle,
        settings: meta.settings,
        units: meta.units,
        ranked: meta.inputHash !== null || (parsed.resultHash ?? null) !== null,
        stale,
        errors,
        warningCount,
        results,
        ties,
        history: history.rows,
        historyFindings: history.findings,
        hasVotesSheet,
        votes,
        votesStale: outcome?.state === "stale",
      },
    },
    layout,
    meta,
    stamp: outcome && outcome.state !== "none" ? outcome.stamp : null,
  };
}

/** The award cells (TD_Award) as read with the result table, one per unit row; null when the name is unusable. */
function writtenAwards(
  outline: WorkbookOutline,
  reads: readonly import("../host/hostTypes").RangeRead[],
): (string | null)[] | null {
  const entries = readEntries(outline);
  const at = entries.findIndex((e) => e.name.toUpperCase() === DEFINED_NAMES.result.toUpperCase());
  const award = outline.names.find((n) => n.name.toUpperCase() === DEFINED_NAMES.resultAward.toUpperCase());
  const box = award?.range && award.sheet ? parseRange(award.range) : null;
  if (at < 0 || !box || box.columns !== 1) return null;
  const entry = entries[at];
  if (award!.sheet!.toUpperCase() !== entry.sheet.toUpperCase()) return null;
  const inside =
    box.row >= entry.box.row &&
    box.column >= entry.box.column &&
    box.row + box.rows <= entry.box.row + entry.box.rows &&
    box.column < entry.box.column + entry.box.columns;
  if (!inside) return null;
  return sliceRead(reads[at], entry.box, box).map(([value]) =>
    typeof value === "string" && value.trim() !== ""
      ? value.trim()
      : value === null || value === ""
        ? null
        : String(value),
  );
}
