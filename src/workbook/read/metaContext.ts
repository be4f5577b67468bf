// The context a workbook was planned in, rebuilt from what it states about itself: its metadata (template, units,
// settings, mode, language, period, cluster) with the sheet names found in it and the log entries it holds.

import { flattenTemplate } from "../../core/template/flattenTemplate";
import type { SheetNames } from "../layout/workbookLayout";
import type { WorkbookMeta } from "../meta/workbookMeta";
import type { WorkbookContext } from "../plan/inject/workbookSheets";

export function metaContext(meta: WorkbookMeta, names: SheetNames, logEntries: number): WorkbookContext {
  return {
    flat: flattenTemplate(meta.template),
    units: meta.units,
    settings: meta.settings,
    mode: meta.mode,
    lang: meta.lang,
    period: meta.period,
    clusterTitle: meta.clusterTitle,
    names,
    logEntries,
  };
}
