// The time a log row (Nhật ký) shows: the operation's ISO instant as a person reads it, in the workbook's time zone
// and language ("23 giờ 48, ngày 07/12/2026"; domain.md "Time"). The check chain covers the text as written, so
// rows written before (ISO text) still check.

import type { Settings } from "../../core/settings/settingsTypes";
import { formatLocalTime } from "../../core/time/localTime";

export function logTime(iso: string, settings: Pick<Settings, "timeZone" | "lang">): string {
  return formatLocalTime(iso, settings.timeZone, settings.lang);
}
