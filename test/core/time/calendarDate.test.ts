// Dates and times of a meeting as a secretariat types them, and as a document writes them.

import { formatDocumentDate } from "../../../src/core/time/localTime";
import {
  formatCalendarDate,
  formatClockTime,
  parseCalendarDate,
  parseClockTime,
} from "../../../src/core/time/calendarDate";

describe("parseCalendarDate", () => {
  it.each([
    ["15/12/2026", { year: 2026, month: 12, day: 15 }],
    ["5-2-2026", { year: 2026, month: 2, day: 5 }],
    [" 05.02.2026 ", { year: 2026, month: 2, day: 5 }],
    ["2026-12-15", { year: 2026, month: 12, day: 15 }],
    ["ngày 15 tháng 12 năm 2026", { year: 2026, month: 12, day: 15 }],
    ["Ngay 1 thang 3 nam 2026", { year: 2026, month: 3, day: 1 }],
    // A date cell: Excel's serial 46371 is 15 December 2026.
    [46371, { year: 2026, month: 12, day: 15 }],
  ])("reads %p", (text, date) => {
    expect(parseCalendarDate(text)).toEqual(date);
  });

  it.each(["31/02/2026", "12/2026", "hôm nay", "", null, 12, true])("refuses %p", (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });
});

describe("formatCalendarDate", () => {
  it("writes the day and the months 1 and 2 with a leading zero, as Decree 30 does", () => {
    expect(formatCalendarDate({ year: 2026, month: 2, day: 5 }, "vi")).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatCalendarDate({ year: 2026, month: 12, day: 15 }, "vi")).toBe("ngày 15 tháng 12 năm 2026");
    expect(formatCalendarDate({ year: 2026, month: 3, day: 15 }, "en")).toBe("15 March 2026");
  });

  it("agrees with the document date of an instant at noon in Hà Nội", () => {
    for (const [y, m, d] of [
      [2026, 1, 9],
      [2026, 2, 28],
      [2026, 11, 30],
    ]) {
      const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T05:00:00Z`;
      expect(formatCalendarDate({ year: y, month: m, day: d }, "vi")).toBe(
        formatDocumentDate(iso, "Asia/Ho_Chi_Minh", "vi"),
      );
    }
  });
});

describe("clock times", () => {
  it.each([
    ["8:30", { hour: 8, minute: 30 }],
    ["08 giờ 00", { hour: 8, minute: 0 }],
    ["14h15", { hour: 14, minute: 15 }],
    ["8 giờ", { hour: 8, minute: 0 }],
    ["7 giờ 45 phút", { hour: 7, minute: 45 }],
    [0.375, { hour: 9, minute: 0 }],
  ])("reads %p", (text, time) => {
    expect(parseClockTime(text)).toEqual(time);
  });

  it("refuses what is not a time of day", () => {
    expect(parseClockTime("25:00")).toBeNull();
    expect(parseClockTime("sáng")).toBeNull();
    expect(parseClockTime(1.5)).toBeNull();
  });

  it("writes hours and minutes with two digits", () => {
    expect(formatClockTime({ hour: 8, minute: 0 }, "vi")).toBe("08 giờ 00");
    expect(formatClockTime({ hour: 14, minute: 5 }, "en")).toBe("14:05");
  });
});
