// The Board's settings from an earlier province workbook (its Cài đặt sheet, TD_Province_Settings), so that a new
// consolidation keeps what the Board set there; one outline and one read.

import type { Bilingual } from "../../core/messages/messageTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { Host } from "../host/hostTypes";
import { cellAddress, parseRange } from "../layout/cellAddress";
import { PROVINCE_NAMES } from "./provinceNames";
import { readProvinceSettings } from "./provinceSettingsRows";

export interface ProvinceWorkbookSettings {
  /** The workbook carries the province metadata name: it is a province workbook that may be written over. */
  isProvince: boolean;
  /** Null when the workbook has no readable settings table (its defaults then apply). */
  settings: ProvinceSettings | null;
  /** Values that cannot be used, each naming its cell. */
  problems: Bilingual[];
}

export async function readProvinceWorkbookSettings(host: Host): Promise<ProvinceWorkbookSettings> {
  const outline = await host.outline();
  const has = (name: string) => outline.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  const isProvince = has(PROVINCE_NAMES.meta) !== undefined;
  const info = has(PROVINCE_NAMES.settings);
  const box = info?.range && info.sheet ? parseRange(info.range) : null;
  if (!isProvince || !info?.sheet || !box) return { isProvince, settings: null, problems: [] };
  const [read] = await host.read([{ sheet: info.sheet, range: info.range! }]);
  const sheet = info.sheet;
  const { settings, problems } = readProvinceSettings(
    read?.values ?? [],
    (i) => `${sheet}!${cellAddress(box.row + i, box.column + 1)}`,
  );
  return { isProvince, settings, problems };
}
