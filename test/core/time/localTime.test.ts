import { formatDocumentDate, formatLocalTime, isKnownTimeZone, localParts } from "../../../src/core/time/localTime";

describe("times as people read them", () => {
  it("writes a UTC instant in Vietnam's time, seven hours ahead, the Vietnamese way", () => {
    expect(formatLocalTime("2026-12-07T16:48:19.452Z", "Asia/Ho_Chi_Minh", "vi")).toBe("23 giờ 48, ngày 07/12/2026");
  });

  it("moves to the next day when Vietnam's clock has passed midnight", () => {
    expect(formatLocalTime("2026-12-31T17:05:00Z", "Asia/Ho_Chi_Minh", "vi")).toBe("00 giờ 05, ngày 01/01/2027");
  });

  it("follows another time zone when the workbook's setting names one", () => {
    expect(formatLocalTime("2026-07-01T12:00:00Z", "Europe/Paris", "vi")).toBe("14 giờ 00, ngày 01/07/2026");
  });

  it("writes English readers' form", () => {
    expect(formatLocalTime("2026-12-07T16:48:00Z", "Asia/Ho_Chi_Minh", "en")).toBe("23:48 on 7 December 2026");
  });

  it("keeps text that is not a time as it is", () => {
    expect(formatLocalTime("hôm qua", "Asia/Ho_Chi_Minh", "vi")).toBe("hôm qua");
  });

  it("falls back to Vietnam's time for an unknown zone", () => {
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
    expect(isKnownTimeZone("Asia/Bangkok")).toBe(true);
    expect(localParts("2026-12-07T16:48:00Z", "Mars/Olympus")).toEqual({
      year: 2026,
      month: 12,
      day: 7,
      hour: 23,
      minute: 48,
    });
  });

  it("writes the document date line as Decree 30 does: leading zeros for days below 10 and months 1 and 2", () => {
    expect(formatDocumentDate("2026-02-04T03:00:00Z", "Asia/Ho_Chi_Minh", "vi")).toBe("ngày 04 tháng 02 năm 2026");
    expect(formatDocumentDate("2026-03-15T03:00:00Z", "Asia/Ho_Chi_Minh", "vi")).toBe("ngày 15 tháng 3 năm 2026");
    expect(formatDocumentDate("2026-12-07T16:48:00Z", "Asia/Ho_Chi_Minh", "vi")).toBe("ngày 07 tháng 12 năm 2026");
    expect(formatDocumentDate("2026-12-07T16:48:00Z", "Asia/Ho_Chi_Minh", "en")).toBe("7 December 2026");
  });
});
