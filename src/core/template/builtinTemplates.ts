// The five built-in templates, looked up by id, and their summary for the gallery and `thidua templates`.

import type { Lang } from "../settings/settingsTypes";
import { CA_NHAN_THANG } from "./builtins/caNhanThang";
import { CUM_XA_PHUONG } from "./builtins/cumXaPhuong";
import { KHOI_DOANH_NGHIEP } from "./builtins/khoiDoanhNghiep";
import { KHOI_SO_NGANH } from "./builtins/khoiSoNganh";
import { KHOI_TRUONG_HOC } from "./builtins/khoiTruongHoc";
import { flattenTemplate } from "./flattenTemplate";
import type { LocalizedText, PeriodKind, Template } from "./templateTypes";

export const BUILTIN_TEMPLATES: readonly Template[] = [
  CUM_XA_PHUONG,
  KHOI_SO_NGANH,
  KHOI_DOANH_NGHIEP,
  KHOI_TRUONG_HOC,
  CA_NHAN_THANG,
];

/** A deep copy, so that a caller editing its template cannot change the built-in. */
export function getBuiltinTemplate(id: string): Template | undefined {
  const found = BUILTIN_TEMPLATES.find((t) => t.id === id);
  return found ? structuredClone(found) : undefined;
}

export interface TemplateSummary {
  id: string;
  version: string;
  title: string;
  scale: number;
  /** Σ max of the top-level content groups. */
  contentMax: number;
  bonusCap: number;
  periodKind: PeriodKind;
  /** Top-level content groups (bonus and deduction sections left out). */
  groups: { code: string; title: string; max: number }[];
  legalBasis: { number: string; title: string; date: string | null }[];
}

const textIn = (text: LocalizedText, lang: Lang) => (lang === "en" && text.en ? text.en : text.vi);

/** One summary per built-in, texts in `lang` (English falls back to Vietnamese where a text has no English). */
export function listTemplates(lang: Lang = "vi"): TemplateSummary[] {
  return BUILTIN_TEMPLATES.map((template) => {
    const flat = flattenTemplate(template);
    return {
      id: template.id,
      version: template.version,
      title: textIn(template.title, lang),
      scale: template.scale,
      contentMax: flat.contentMax,
      bonusCap: template.bonusCap,
      periodKind: template.periodKind,
      groups: flat.contentTops.map((i) => ({
        code: flat.rows[i].code,
        title: textIn(flat.rows[i].title, lang),
        max: flat.rows[i].max,
      })),
      legalBasis: template.legalBasis.map((doc) => ({
        number: doc.number,
        title: textIn(doc.title, lang),
        date: doc.date ?? null,
      })),
    };
  });
}
