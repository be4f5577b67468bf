// The province workbook as a plan (its own contract, README "A province workbook"): the list of proposals, the
// summary per cluster, the statistics, the unit table they count from, the findings, the Board's settings and the
// metadata (very hidden) that later tools (the council's ballot, the dossier) read. Text from the cluster workbooks
// (names, clusters, files) is written as text; every count a reader expects to follow is a live formula.

import { documentPeriod } from "../../core/periods/documentPeriod";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type {
  ClusterSummary,
  MeetingSitting,
  ProvinceConsolidation,
  ProvinceProposal,
  ProvinceTemplate,
} from "../../core/province/provinceTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { WorkbookOutline } from "../host/hostTypes";
import { absoluteCell, absoluteRange, sheetReference, type RangeBox } from "../layout/cellAddress";
import { SheetNameAllocator } from "../layout/sheetNames";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { META_CHUNK_SIZE } from "../meta/workbookMeta";
import { valueCell } from "../plan/cellSpec";
import { fitPlanRowHeights } from "../plan/fitRowHeights";
import type { NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import { councilSheetMessages as councilMessages } from "../messages/councilSheetMessages";
import { councilSheet, type CouncilLayout, type EarlierCouncil } from "./councilSheet";
import type { LocatedProvinceFinding } from "./locateProvinceFinding";
import { provinceClustersSheet, type ClustersLayout } from "./provinceClustersSheet";
import { provinceFindingsSheet } from "./provinceFindingsSheet";
import { provinceListSheet, type ListLayout } from "./provinceListSheet";
import { PROVINCE_NAMES } from "./provinceNames";
import { PROVINCE_SETTING_KEYS } from "./provinceSettingsRows";
import { provinceSettingsSheet, SETTINGS_HEADER_ROW } from "./provinceSettingsSheet";
import { provinceStatsSheet, type StatsLayout } from "./provinceStatsSheet";
import { PROVINCE_STYLES } from "./provinceStyles";
import { provinceUnitsSheet, unitsTable, type UnitsTable } from "./provinceUnitsSheet";

export const PROVINCE_CONTRACT_VERSION = 1;

/** What the metadata sheet holds: enough for the council's ballot and the dossier to work from the file alone. */
export interface ProvinceMeta {
  kind: "province";
  contract: typeof PROVINCE_CONTRACT_VERSION;
  lang: Lang;
  year: number | null;
  period: string | null;
  settings: ProvinceSettings;
  clusters: ClusterSummary[];
  proposals: ProvinceProposal[];
  /** The scoring tables of the counted clusters (their legal basis heads the submission). */
  templates: ProvinceTemplate[];
  /** The counted clusters' meetings whose votes were recorded (the submission cites their minutes). */
  sittings: (MeetingSitting & { clusterKey: number })[];
}

export interface ProvinceLayout {
  list: ListLayout;
  council: CouncilLayout;
  clusters: ClustersLayout;
  stats: StatsLayout;
  units: UnitsTable;
  findings: { sheet: string; table: RangeBox };
  settings: { sheet: string; table: RangeBox };
  meta: { sheet: string; chunks: number };
}

export interface ProvincePlanInput {
  consolidation: ProvinceConsolidation;
  /** Located findings, in the consolidation's order. */
  findings: readonly LocatedProvinceFinding[];
  settings: ProvinceSettings;
  lang: Lang;
  /** Files read (given), for the list's subtitle. */
  files: number;
  /** The council's ballots typed in the province workbook this one replaces, kept for the same proposals. */
  earlier?: EarlierCouncil | null;
}

function metaSheet(sheet: string, meta: ProvinceMeta): { plan: SheetPlan; chunks: number } {
  const json = JSON.stringify(meta);
  const cells = [];
  for (let i = 0; i < json.length; i += META_CHUNK_SIZE) cells.push([valueCell(json.slice(i, i + META_CHUNK_SIZE))]);
  return {
    plan: {
      key: "province:meta",
      name: sheet,
      create: true,
      visibility: "veryHidden",
      blocks: [{ at: "A1", cells }],
      columnWidths: { 0: 100 },
      protect: true,
    },
    chunks: cells.length,
  };
}

export function planProvinceWorkbook(
  input: ProvincePlanInput,
  existing: WorkbookOutline,
): { plan: WorkbookPlan; layout: ProvinceLayout } {
  const { consolidation, settings, lang } = input;
  const names = new SheetNameAllocator(existing.sheets.map((s) => s.name));
  const sheetNames = {
    list: names.allocate(M.sheetList[lang]()),
    council: names.allocate(councilMessages.sheet[lang]()),
    clusters: names.allocate(M.sheetClusters[lang]()),
    stats: names.allocate(M.sheetStats[lang]()),
    units: names.allocate(M.sheetUnits[lang]()),
    findings: names.allocate(M.sheetFindings[lang]()),
    settings: names.allocate(M.sheetSettings[lang]()),
    meta: names.allocate("_thidua"),
  };
  const period = consolidation.period
    ? documentPeriod(consolidation.period, lang)
    : consolidation.year !== null
      ? documentPeriod(String(consolidation.year), lang)
      : M.periodUnknown[lang]();
  const counted = new Set(consolidation.clusters.filter((c) => c.counted).map((c) => c.file)).size;
  const readFiles = input.files;
  const units = unitsTable(sheetNames.units, consolidation.units.length);

  const list = provinceListSheet(consolidation.proposals, {
    sheet: sheetNames.list,
    settings,
    lang,
    period,
    subtitle: M.sources[lang]({ read: readFiles, counted, left: readFiles - counted }),
  });
  const settingRow = (key: (typeof PROVINCE_SETTING_KEYS)[number]) =>
    SETTINGS_HEADER_ROW + 1 + PROVINCE_SETTING_KEYS.indexOf(key);
  const council = councilSheet(consolidation.proposals, {
    sheet: sheetNames.council,
    settings,
    lang,
    period,
    settingCell: (key) => sheetReference(sheetNames.settings, absoluteCell(settingRow(key), 1)),
    earlier: input.earlier ?? null,
  });
  const clusters = provinceClustersSheet(consolidation.clusters, {
    sheet: sheetNames.clusters,
    settings,
    lang,
    period,
    units,
  });
  const stats = provinceStatsSheet(consolidation, { sheet: sheetNames.stats, settings, lang, period, units });
  const unitSheet = provinceUnitsSheet(units, consolidation.units, lang);
  const findings = provinceFindingsSheet(sheetNames.findings, input.findings, lang);
  const settingsSheet = provinceSettingsSheet(sheetNames.settings, settings, lang);
  const meta = metaSheet(sheetNames.meta, {
    kind: "province",
    contract: PROVINCE_CONTRACT_VERSION,
    lang,
    year: consolidation.year,
    period: consolidation.period,
    settings,
    clusters: consolidation.clusters,
    proposals: consolidation.proposals,
    templates: consolidation.templates,
    sittings: consolidation.sittings,
  });

  const name = (n: string, sheet: string, box: RangeBox): NamePlan => ({ name: n, sheet, range: absoluteRange(box) });
  // Every sheet's rows fitted to their wrapped text by the estimator the cluster workbooks use (heights planned
  // taller stay).
  const plan: WorkbookPlan = fitPlanRowHeights({
    styles: { ...WORKBOOK_STYLES, ...PROVINCE_STYLES },
    sheets: [
      list.sheet,
      council.sheet,
      clusters.sheet,
      stats.sheet,
      unitSheet,
      findings.sheet,
      settingsSheet.sheet,
      meta.plan,
    ],
    names: [
      name(PROVINCE_NAMES.proposals, sheetNames.list, list.layout.table),
      // An empty list has no vote rows: the name then covers the "none" row, which reads as no ballots.
      name(PROVINCE_NAMES.council, sheetNames.council, {
        ...council.layout.table,
        rows: Math.max(1, council.layout.table.rows),
      }),
      name(PROVINCE_NAMES.councilSitting, sheetNames.council, council.layout.sitting),
      name(PROVINCE_NAMES.clusters, sheetNames.clusters, clusters.layout.table),
      name(PROVINCE_NAMES.stats, sheetNames.stats, stats.layout.table),
      name(PROVINCE_NAMES.units, sheetNames.units, units.table),
      name(PROVINCE_NAMES.findings, sheetNames.findings, findings.table),
      name(PROVINCE_NAMES.settings, sheetNames.settings, settingsSheet.table),
      name(PROVINCE_NAMES.meta, sheetNames.meta, { row: 1, column: 0, rows: meta.chunks, columns: 1 }),
    ],
  });
  return {
    plan,
    layout: {
      list: list.layout,
      council: council.layout,
      clusters: clusters.layout,
      stats: stats.layout,
      units,
      findings: { sheet: sheetNames.findings, table: findings.table },
      settings: { sheet: sheetNames.settings, table: settingsSheet.table },
      meta: { sheet: sheetNames.meta, chunks: meta.chunks },
    },
  };
}
