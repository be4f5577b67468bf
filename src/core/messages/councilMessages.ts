// Messages of the provincial council's vote (Hội đồng Thi đua - Khen thưởng tỉnh): the tally's findings about its
// members, members present and ballots, in Vietnamese administrative style and English.

import type { Award } from "../model/gradeTypes";
import { defineMessages } from "./messageTypes";

const AWARD_VI: Record<Award, string> = { "co-thi-dua": "Cờ thi đua", "bang-khen": "Bằng khen" };
const AWARD_EN: Record<Award, string> = { "co-thi-dua": "emulation flag", "bang-khen": "certificate of merit" };
type Row = { unit: string; award: Award };

export const councilMessages = defineMessages({
  membersMissing: {
    vi: () =>
      "Chưa có tổng số thành viên Hội đồng (khóa council.members ở sheet Cài đặt); không tính được kết quả biểu quyết.",
    en: () =>
      "The council's members are not given (key council.members on the Settings sheet); the vote cannot be counted.",
  },
  presentMissing: {
    vi: () => "Đã nhập số phiếu nhưng chưa nhập số thành viên Hội đồng có mặt.",
    en: () => "Ballots are entered, but not the number of council members present.",
  },
  presentInvalid: {
    vi: (p: { value: string; members: number }) =>
      `Số thành viên có mặt “${p.value}” không hợp lệ: cần một số nguyên từ 0 đến ${p.members}.`,
    en: (p: { value: string; members: number }) =>
      `Members present “${p.value}” is not valid: it must be a whole number from 0 to ${p.members}.`,
  },
  countInvalid: {
    vi: (p: Row & { value: string }) =>
      `Số phiếu “${p.value}” (${AWARD_VI[p.award]}, ${p.unit}) không hợp lệ: cần một số nguyên từ 0 trở lên.`,
    en: (p: Row & { value: string }) =>
      `Ballot count “${p.value}” (${AWARD_EN[p.award]}, ${p.unit}) is not valid: it must be a whole number from 0 up.`,
  },
  countFix: { vi: (p: { value: number }) => `Ghi số ${p.value}`, en: (p: { value: number }) => `Write ${p.value}` },
  countsAbovePresent: {
    vi: (p: Row & { yes: number; no: number; present: number }) =>
      `${AWARD_VI[p.award]} cho ${p.unit}: ${p.yes} tán thành và ${p.no} không tán thành, nhiều hơn số thành viên ` +
      `có mặt (${p.present}).`,
    en: (p: Row & { yes: number; no: number; present: number }) =>
      `${AWARD_EN[p.award]} for ${p.unit}: ${p.yes} for and ${p.no} against, more than the members present ` +
      `(${p.present}).`,
  },
  noQuorum: {
    vi: (p: { present: number; members: number; needed: number }) =>
      `Hội đồng có ${p.present}/${p.members} thành viên có mặt, dưới túc số (${p.needed}): không đề nghị nào ` +
      `được thông qua.`,
    en: (p: { present: number; members: number; needed: number }) =>
      `${p.present} of ${p.members} council members were present, below the quorum (${p.needed}): nothing passes.`,
  },
  notVoted: {
    vi: (p: Row) => `Chưa có số phiếu biểu quyết ${AWARD_VI[p.award]} cho ${p.unit}.`,
    en: (p: Row) => `No ballots are entered on the ${AWARD_EN[p.award]} for ${p.unit}.`,
  },
  twoAwards: {
    vi: (p: { unit: string }) =>
      `${p.unit} được thông qua cả Cờ thi đua và Bằng khen; đề nghị Hội đồng chọn một hình thức khen thưởng.`,
    en: (p: { unit: string }) =>
      `${p.unit} passed for both the emulation flag and the certificate; the council should choose one award.`,
  },
  flagsOverQuota: {
    vi: (p: { cluster: string; passed: number; quota: number }) =>
      `${p.cluster}: ${p.passed} đề nghị Cờ thi đua được thông qua, vượt số Cờ thi đua mỗi cụm, khối (${p.quota}).`,
    en: (p: { cluster: string; passed: number; quota: number }) =>
      `${p.cluster}: ${p.passed} emulation flags passed, more than a cluster may have (${p.quota}).`,
  },
  rowChanged: {
    vi: (p: { row: number; code: string; expected: string }) =>
      `Dòng ${p.row} của bảng biểu quyết ghi mã “${p.code}”, khác danh sách đề nghị (“${p.expected}”); hãy tổng hợp ` +
      `lại để lập lại bảng biểu quyết.`,
    en: (p: { row: number; code: string; expected: string }) =>
      `Row ${p.row} of the vote table reads code “${p.code}”, not the list's (“${p.expected}”); consolidate again ` +
      `to make the vote table anew.`,
  },
});
