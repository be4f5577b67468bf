// The Board's settings from an earlier province workbook (its Cài đặt sheet, TD_Province_Settings), so that a new
// consolidation keeps what the Board set there, and the council's ballots typed in it; one outline and one read.

import type { Bilingual } from "../../core/messages/messageTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Host } from "../host/hostTypes";
import type { EarlierCouncil } from "./councilSheet";
import { earlierCouncil, readProvinceWorkbook } from "./readProvinceWorkbook";

export interface ProvinceWorkbookSettings {
  /** The workbook carries the province metadata name: it is a province workbook that may be written over. */
  isProvince: boolean;
  /** Null when the workbook has no readable settings table (its defaults then apply). */
  settings: ProvinceSettings | null;
  /** Values that cannot be used, each naming its cell. */
  problems: Bilingual[];
  /** The council's members present and ballots, null without a readable vote table. */
  earlier: EarlierCouncil | null;
}

export async function readProvinceWorkbookSettings(host: Host): Promise<ProvinceWorkbookSettings> {
  const read = await readProvinceWorkbook(host);
  return {
    isProvince: read.isProvince,
    settings: read.settings,
    problems: read.problems,
    earlier: earlierCouncil(read),
  };
}
