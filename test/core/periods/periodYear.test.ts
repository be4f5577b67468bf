// The year a period ends in: the year of its meeting.

import { periodYear } from "../../../src/core/periods/periodYear";

describe("periodYear", () => {
  it.each([
    ["2026", 2026],
    ["Năm 2026", 2026],
    ["2025-2026", 2026],
    ["Năm học 2025 - 2026", 2026],
    ["Quý I/2026", 2026],
    ["03/2026", 2026],
    ["6 tháng đầu năm", null],
    ["", null],
  ])("reads %p as %p", (text, year) => {
    expect(periodYear(text)).toBe(year);
  });
});
