// The Board's settings as key/value rows (sheet Cài đặt, TD_Province_Settings) and back: what a re-run reads from
// the province workbook the Board edited. A bad value is a sentence naming its cell, never a silent default.

import { defineMessages, formatNumber, type Bilingual } from "../../core/messages/messageTypes";
import { parseNumberCell } from "../../core/parse/parseNumberCell";
import { DEFAULT_PROVINCE_SETTINGS, type ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import type { CellValue } from "../plan/planTypes";

export const PROVINCE_SETTING_KEYS = [
  "year",
  "voteRequired",
  "awards.flagsPerCluster",
  "awards.certificateShare",
  "awards.certificateMin",
  "awards.flagName",
  "awards.certificateName",
  "rotation.flagGapYears",
  "rotation.years",
  "council.quorum",
  "council.majority",
  "council.members",
  "council.name",
  "issuer",
  "signerTitle",
  "signerName",
  "town",
  "recipient",
] as const;
export type ProvinceSettingKey = (typeof PROVINCE_SETTING_KEYS)[number];

export const provinceSettingMessages = defineMessages({
  year: {
    vi: () => "Năm tổng hợp; để trống: năm mà đa số bảng chấm điểm ghi",
    en: () => "The year consolidated; blank: the year most workbooks state",
  },
  voteRequired: {
    vi: () => "Có: chỉ tính bảng của cụm, khối đã ghi kết quả biểu quyết của hội nghị",
    en: () => "Yes: count only cluster workbooks with their meeting's votes recorded",
  },
  "awards.flagsPerCluster": {
    vi: () => "Số Cờ thi đua tối đa mỗi cụm, khối được đề nghị",
    en: () => "Emulation flags a cluster may propose",
  },
  "awards.certificateShare": {
    vi: () => "Bằng khen tối đa: tỷ lệ trên số đơn vị của cụm, khối (0,2 = 20%)",
    en: () => "Certificates at most: share of the cluster's units (0.2 = 20%)",
  },
  "awards.certificateMin": {
    vi: () => "Bằng khen: số được đề nghị ít nhất, dù cụm, khối ít đơn vị",
    en: () => "Certificates: the number allowed however small the cluster",
  },
  "awards.flagName": { vi: () => "Tên đầy đủ của Cờ thi đua", en: () => "Full name of the emulation flag" },
  "awards.certificateName": { vi: () => "Tên đầy đủ của Bằng khen", en: () => "Full name of the certificate" },
  "rotation.flagGapYears": {
    vi: () => "Số năm sau khi nhận Cờ thi đua mà đơn vị chưa được đề nghị lại (0: không áp dụng)",
    en: () => "Years after a flag in which a unit may not be proposed again (0: no such rule)",
  },
  "rotation.years": {
    vi: () => "Số năm xét dấu hiệu luân phiên Cờ thi đua",
    en: () => "Years looked at for flags handed round in turn",
  },
  "council.quorum": {
    vi: () => "Hội đồng tỉnh: tỷ lệ thành viên có mặt tối thiểu để biểu quyết",
    en: () => "Provincial council: share of members present for a valid vote",
  },
  "council.majority": {
    vi: () => "Hội đồng tỉnh: đề nghị được thông qua khi số phiếu tán thành vượt tỷ lệ này trên tổng số thành viên",
    en: () => "Provincial council: a proposal passes with more votes in favour than this share of all members",
  },
  "council.members": {
    vi: () => "Hội đồng tỉnh: tổng số thành viên (số phiếu biểu quyết được in; để trống khi chưa xác định)",
    en: () => "Provincial council: its members (the ballots printed; blank while not known)",
  },
  "council.name": {
    vi: () => "Tên Hội đồng ghi ở đầu phiếu biểu quyết",
    en: () => "The council's name atop its ballots",
  },
  issuer: { vi: () => "Cơ quan lập danh sách (góc trái tiêu đề)", en: () => "Body issuing the list (header, left)" },
  signerTitle: { vi: () => "Chức danh người ký", en: () => "Title of the signer" },
  signerName: {
    vi: () => "Họ và tên người ký (để trống để ký, ghi tay)",
    en: () => "Full name of the signer (blank: written by hand)",
  },
  town: {
    vi: () => "Địa danh ghi ở dòng ngày tháng của văn bản (ví dụ Lào Cai)",
    en: () => "Place on the documents' date line (e.g. Lào Cai)",
  },
  recipient: {
    vi: () => "Nơi nhận tờ trình (Kính gửi: …)",
    en: () => "Addressee of the submission (To: …)",
  },
});

const problemMessages = defineMessages({
  problem: {
    vi: (p: { place: string; key: string; value: string; want: string }) =>
      `Ô ${p.place} (${p.key}) ghi “${p.value}”: cần ${p.want}.`,
    en: (p: { place: string; key: string; value: string; want: string }) =>
      `Cell ${p.place} (${p.key}) reads “${p.value}”: it must be ${p.want}.`,
  },
  wantYear: { vi: () => "một năm (ví dụ 2026) hoặc để trống", en: () => "a year (e.g. 2026) or blank" },
  wantYesNo: { vi: () => "Có hoặc Không", en: () => "Yes or No" },
  wantWhole: { vi: () => "một số nguyên từ 0 trở lên", en: () => "a whole number from 0 up" },
  wantMembers: {
    vi: () => "một số nguyên từ 1 trở lên, hoặc để trống",
    en: () => "a whole number from 1 up, or blank",
  },
  wantShare: { vi: () => "một tỷ lệ từ 0 đến 1", en: () => "a share from 0 to 1" },
  wantText: { vi: () => "một dòng chữ", en: () => "some text" },
});

const YES = ["có", "co", "yes", "true", "x", "1"];
const NO = ["không", "khong", "no", "false", "0"];

export function yesNoText(value: boolean, lang: Lang): string {
  return value ? (lang === "vi" ? "Có" : "Yes") : lang === "vi" ? "Không" : "No";
}

/** The value a key shows in the sheet (numbers as numbers, the vote switch as Có/Không). */
export function provinceSettingValue(settings: ProvinceSettings, key: ProvinceSettingKey, lang: Lang): CellValue {
  switch (key) {
    case "year":
      return settings.year;
    case "voteRequired":
      return yesNoText(settings.voteRequired, lang);
    case "awards.flagsPerCluster":
      return settings.flagsPerCluster;
    case "awards.certificateShare":
      return settings.certificateShare;
    case "awards.certificateMin":
      return settings.certificateMin;
    case "awards.flagName":
      return settings.flagName;
    case "awards.certificateName":
      return settings.certificateName;
    case "rotation.flagGapYears":
      return settings.flagGapYears;
    case "rotation.years":
      return settings.rotationYears;
    case "council.quorum":
      return settings.council.quorum;
    case "council.majority":
      return settings.council.majority;
    case "council.members":
      return settings.council.members;
    case "council.name":
      return settings.council.name;
    case "issuer":
      return settings.issuer;
    case "signerTitle":
      return settings.signerTitle;
    case "signerName":
      return settings.signerName;
    case "town":
      return settings.town;
    case "recipient":
      return settings.recipient;
  }
}

const isBlank = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");
const shown = (v: CellValue) => (v === null ? "" : typeof v === "number" ? formatNumber(v, "en", 6) : String(v));

/**
 * Reads the rows (key, value, …) back. Rows are found by key, so a reordered table still reads; a key that is
 * missing keeps its default. `place(i)` names the value cell of row i for the problems.
 */
export function readProvinceSettings(
  rows: readonly (readonly CellValue[])[],
  place: (row: number) => string,
): { settings: ProvinceSettings; problems: Bilingual[] } {
  const settings: ProvinceSettings = structuredClone(DEFAULT_PROVINCE_SETTINGS);
  const problems: Bilingual[] = [];
  rows.forEach((row, i) => {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (!(PROVINCE_SETTING_KEYS as readonly string[]).includes(key)) return;
    const value = row[1] ?? null;
    const bad = (want: Exclude<keyof typeof problemMessages, "problem">): void => {
      const params = { place: place(i), key, value: shown(value) };
      problems.push({
        vi: problemMessages.problem.vi({ ...params, want: problemMessages[want].vi() }),
        en: problemMessages.problem.en({ ...params, want: problemMessages[want].en() }),
      });
    };
    const number = () => {
      const parsed = parseNumberCell(value);
      return parsed.kind === "number" ? parsed.value : null;
    };
    const whole = (): number | null => {
      const n = number();
      return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
    };
    const share = (): number | null => {
      const n = number();
      return n !== null && n >= 0 && n <= 1 ? n : null;
    };
    const text = (): string | null => (isBlank(value) ? null : String(value).trim());
    switch (key as ProvinceSettingKey) {
      case "year": {
        if (isBlank(value)) settings.year = null;
        else {
          const n = whole();
          if (n !== null && n >= 1900 && n <= 2999) settings.year = n;
          else bad("wantYear");
        }
        return;
      }
      case "voteRequired": {
        const word = isBlank(value) ? "" : String(value).normalize("NFC").trim().toLocaleLowerCase("vi");
        if (YES.includes(word)) settings.voteRequired = true;
        else if (NO.includes(word)) settings.voteRequired = false;
        else bad("wantYesNo");
        return;
      }
      case "awards.flagsPerCluster":
      case "awards.certificateMin":
      case "rotation.flagGapYears":
      case "rotation.years": {
        const n = whole();
        if (n === null) return void bad("wantWhole");
        if (key === "awards.flagsPerCluster") settings.flagsPerCluster = n;
        else if (key === "awards.certificateMin") settings.certificateMin = n;
        else if (key === "rotation.flagGapYears") settings.flagGapYears = n;
        else settings.rotationYears = n;
        return;
      }
      case "awards.certificateShare":
      case "council.quorum":
      case "council.majority": {
        const n = share();
        if (n === null) return void bad("wantShare");
        if (key === "awards.certificateShare") settings.certificateShare = n;
        else if (key === "council.quorum") settings.council.quorum = n;
        else settings.council.majority = n;
        return;
      }
      case "council.members": {
        if (isBlank(value)) settings.council.members = null;
        else {
          const n = whole();
          if (n !== null && n >= 1) settings.council.members = n;
          else bad("wantMembers");
        }
        return;
      }
      case "awards.flagName":
      case "awards.certificateName":
      case "council.name":
      case "issuer":
      case "signerTitle":
      case "recipient": {
        const t = text();
        if (t === null) return void bad("wantText");
        if (key === "awards.flagName") settings.flagName = t;
        else if (key === "awards.certificateName") settings.certificateName = t;
        else if (key === "council.name") settings.council.name = t;
        else if (key === "issuer") settings.issuer = t;
        else if (key === "recipient") settings.recipient = t;
        else settings.signerTitle = t;
        return;
      }
      case "signerName":
      case "town": {
        // May stay blank: the documents then leave room to write them by hand.
        const t = isBlank(value) ? "" : String(value).trim();
        if (key === "signerName") settings.signerName = t;
        else settings.town = t;
        return;
      }
    }
  });
  return { settings, problems };
}
