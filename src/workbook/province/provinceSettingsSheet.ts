// Cài đặt / Settings of the province workbook: the Board's settings as key / value / meaning rows, the values open
// for input (with data validation) so that the Board edits them there and consolidates again.

import { defineMessages } from "../../core/messages/messageTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress, type RangeBox } from "../layout/cellAddress";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { inputCell, valueCell } from "../plan/cellSpec";
import type { SheetPlan, ValidationPlan, ValidationRule } from "../plan/planTypes";
import {
  PROVINCE_SETTING_KEYS,
  provinceSettingMessages,
  provinceSettingValue,
  yesNoText,
  type ProvinceSettingKey,
} from "./provinceSettingsRows";
import { PS } from "./provinceStyles";

export const SETTINGS_HEADER_ROW = 3;

const alerts = defineMessages({
  title: { vi: () => "Giá trị không hợp lệ", en: () => "Value not allowed" },
  year: {
    vi: () => "Nhập một năm từ 2000 đến 2100, hoặc để trống.",
    en: () => "Enter a year from 2000 to 2100, or leave blank.",
  },
  whole: { vi: () => "Nhập một số nguyên từ 0 đến 100.", en: () => "Enter a whole number from 0 to 100." },
  members: {
    vi: () => "Nhập số thành viên Hội đồng, từ 1 đến 500, hoặc để trống.",
    en: () => "Enter the council's members, 1 to 500, or leave blank.",
  },
  share: { vi: () => "Nhập một tỷ lệ từ 0 đến 1 (ví dụ 0,2).", en: () => "Enter a share from 0 to 1 (e.g. 0.2)." },
  list: { vi: () => "Chọn một giá trị trong danh sách.", en: () => "Choose a value from the list." },
});

function rule(key: ProvinceSettingKey, lang: Lang): { rule: ValidationRule; message: string } | null {
  switch (key) {
    case "year":
      return { rule: { kind: "whole", min: 2000, max: 2100 }, message: alerts.year[lang]() };
    case "voteRequired":
      return {
        rule: { kind: "list", items: [yesNoText(true, lang), yesNoText(false, lang)] },
        message: alerts.list[lang](),
      };
    case "awards.flagsPerCluster":
    case "awards.certificateMin":
    case "rotation.flagGapYears":
    case "rotation.years":
      return { rule: { kind: "whole", min: 0, max: 100 }, message: alerts.whole[lang]() };
    case "council.members":
      return { rule: { kind: "whole", min: 1, max: 500 }, message: alerts.members[lang]() };
    case "awards.certificateShare":
    case "council.quorum":
    case "council.majority":
      return { rule: { kind: "decimal", min: 0, max: 1 }, message: alerts.share[lang]() };
    default:
      return null;
  }
}

export function provinceSettingsSheet(
  sheet: string,
  settings: ProvinceSettings,
  lang: Lang,
): { sheet: SheetPlan; table: RangeBox } {
  const first = SETTINGS_HEADER_ROW + 1;
  const rows = PROVINCE_SETTING_KEYS.map((key) => [
    valueCell(key, PS.text),
    inputCell(PS.input, provinceSettingValue(settings, key, lang)),
    valueCell(provinceSettingMessages[key][lang](), PS.note),
  ]);
  const validations: ValidationPlan[] = [];
  PROVINCE_SETTING_KEYS.forEach((key, i) => {
    const r = rule(key, lang);
    if (!r) return;
    validations.push({
      range: cellAddress(first + i, 1),
      rule: r.rule,
      errorTitle: alerts.title[lang](),
      errorMessage: r.message,
      promptTitle: key,
      promptMessage: provinceSettingMessages[key][lang](),
    });
  });
  return {
    sheet: {
      key: "province:settings",
      name: sheet,
      create: true,
      blocks: [
        { at: "A1", cells: [[valueCell(M.settingsTitle[lang](), PS.sheetTitle)]] },
        {
          at: cellAddress(SETTINGS_HEADER_ROW, 0),
          cells: [[M.headerKey, M.headerValue, M.headerMeaning].map((m) => valueCell(m[lang](), PS.header))],
        },
        { at: cellAddress(first, 0), cells: rows },
      ],
      columnWidths: { 0: 26, 1: 44, 2: 80 },
      validations,
      freeze: { rows: SETTINGS_HEADER_ROW, columns: 0 },
      protect: true,
      print: { orientation: "landscape", fitToWidth: true },
    },
    table: { row: first, column: 0, rows: rows.length, columns: 3 },
  };
}
