// What the province workbook gives once made: the council's ballots (a workbook of their own) and the dossier (plain
// documents for the .docx renderer), both from the workbook alone (its metadata, its settings as the Board edited
// them, the council's vote table as it stands), in one outline and one read. Nothing is written to it.

import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import { tallyCouncil, type CouncilTally } from "../../core/province/tallyCouncil";
import type { BallotPaper, Lang } from "../../core/settings/settingsTypes";
import { provinceDossier, type DossierFile } from "../documents/provinceDossier";
import { safeFileNamePart } from "../forms/formFileName";
import type { Host } from "../host/hostTypes";
import { councilSheetMessages as C } from "../messages/councilSheetMessages";
import { outputMessages as M } from "../messages/provinceOutputMessages";
import type { WorkbookPlan } from "../plan/planTypes";
import { councilBallotsPlan } from "./councilBallots";
import type { ProvinceMeta } from "./planProvinceWorkbook";
import { periodInText } from "./periodInText";
import { readProvinceWorkbook, type ProvinceWorkbookRead } from "./readProvinceWorkbook";

type Usable = { ok: true; meta: ProvinceMeta; settings: ProvinceSettings; read: ProvinceWorkbookRead };

/** The workbook's metadata and settings, or the one sentence why they cannot be used. */
function usable(read: ProvinceWorkbookRead): Usable | { ok: false; reason: Bilingual } {
  if (!read.meta) return { ok: false, reason: read.problem ?? render(M.notProvince, {}) };
  if (read.problems.length > 0 || !read.settings) {
    const all = (lang: Lang) => read.problems.map((p) => p[lang]).join(" ");
    return {
      ok: false,
      reason: { vi: M.badSettings.vi({ problems: all("vi") }), en: M.badSettings.en({ problems: all("en") }) },
    };
  }
  return { ok: true, meta: read.meta, settings: read.settings, read };
}

/** The council's vote table counted as it stands; null without one. */
export function councilTallyOf(u: Usable): CouncilTally | null {
  const council = u.read.council;
  if (!council) return null;
  return tallyCouncil({
    proposals: u.meta.proposals,
    rows: council.rows,
    present: council.present.value,
    settings: u.settings,
  });
}

export interface CouncilBallots {
  fileName: string;
  copies: number;
  plan: WorkbookPlan;
}

export type Made<T> = { ok: true; value: T; notes: Bilingual[] } | { ok: false; reason: Bilingual };

/** The council's ballots: `copies`, else one per member (council.members); A4 unless asked otherwise. */
export async function makeCouncilBallots(
  host: Host,
  options: { paper?: BallotPaper; copies?: number } = {},
): Promise<Made<CouncilBallots>> {
  const u = usable(await readProvinceWorkbook(host));
  if (!u.ok) return u;
  const copies = options.copies ?? u.settings.council.members;
  if (copies === null || copies < 1) return { ok: false, reason: render(M.noCopies, {}) };
  const lang = u.meta.lang;
  const period = periodInText(u.meta.period ?? (u.meta.year !== null ? String(u.meta.year) : ""), lang);
  const plan = councilBallotsPlan({
    proposals: u.meta.proposals,
    settings: u.settings,
    lang,
    period,
    paper: options.paper ?? "A4",
    copies,
  });
  const parts = [C.ballotFile[lang](), u.meta.period ?? ""].map(safeFileNamePart).filter((p) => p !== "");
  return { ok: true, value: { fileName: `${parts.join(" - ")}.xlsx`, copies, plan }, notes: [] };
}

/**
 * The dossier. A council vote table with errors is not cited (a note says so, pointing to thidua province-tally);
 * without a vote yet, every flag the clusters proposed gets its submission.
 */
export async function makeProvinceDossier(host: Host): Promise<Made<DossierFile[]>> {
  const u = usable(await readProvinceWorkbook(host));
  if (!u.ok) return u;
  const tally = councilTallyOf(u);
  const faulty = tally?.findings.some((f) => f.severity === "error") ?? false;
  const files = provinceDossier({
    meta: u.meta,
    settings: u.settings,
    lang: u.meta.lang,
    council: faulty ? null : tally,
  });
  return { ok: true, value: files, notes: faulty ? [render(M.councilNotCited, {})] : [] };
}
