// Times as people read them (domain.md "Time"): an ISO instant from the workbook's metadata or log shown in the
// workbook's time zone setting ("15 giờ 00, ngày 01/03/2026"), never as ISO.
import { useCallback } from "react";
import { DEFAULT_TIME_ZONE, formatLocalTime } from "../../core/time/localTime";
import { useLang } from "./language";
import { usePane } from "./paneContext";

export function useLocalTime(): (iso: string) => string {
  const lang = useLang();
  const { workbook } = usePane();
  const timeZone = workbook.validation?.meta?.settings.timeZone ?? DEFAULT_TIME_ZONE;
  return useCallback((iso: string) => formatLocalTime(iso, timeZone, lang), [timeZone, lang]);
}
