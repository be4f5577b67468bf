// The provincial Board's own settings for consolidating the clusters (domain.md "Province consolidation"): the
// year, whether a cluster vote is required, the council's quotas and thresholds, the award names its documents use.

import { VI_AWARD_NAMES } from "../settings/awardNames";

export interface ProvinceSettings {
  /** The year consolidated; null: the year most cluster workbooks hold. */
  year: number | null;
  /** A cluster workbook counts only with its meeting's votes recorded (TD_Votes). */
  voteRequired: boolean;
  /** Emulation flags a cluster may propose (research: one per cluster or block). */
  flagsPerCluster: number;
  /** Certificates a cluster may propose: max(certificateMin, ⌊certificateShare × members⌋). */
  certificateShare: number;
  certificateMin: number;
  /** A unit flagged in any of the this-many years before may not be proposed for the flag again (0: no such rule). */
  flagGapYears: number;
  /** Years of history in which flags handed round in turn are reported (as the clusters' fairness.rotationYears). */
  rotationYears: number;
  /**
   * The provincial council's vote: quorum and majority as shares of its members (a proposal passes with more votes
   * in favour than `majority` of all members), how many members it has (null: not entered yet), and its name as the
   * ballot's header writes it.
   */
  council: { quorum: number; majority: number; members: number | null; name: string };
  /** Full award names as the province's documents write them. */
  flagName: string;
  certificateName: string;
  /** The body issuing the list, in the header's left block ("BAN THI ĐUA - KHEN THƯỞNG TỈNH"). */
  issuer: string;
  /** Who signs the list, on the right ("TRƯỞNG BAN"). */
  signerTitle: string;
  /** The signer's full name under the signature ("" leaves the line for handwriting). */
  signerName: string;
  /** The place on the documents' date line ("Lào Cai, ngày … tháng … năm …"); "" leaves dots. */
  town: string;
  /** Whom the submission (tờ trình) is addressed to ("Kính gửi: …"). */
  recipient: string;
}

export const DEFAULT_PROVINCE_SETTINGS: ProvinceSettings = {
  year: null,
  voteRequired: false,
  flagsPerCluster: 1,
  certificateShare: 0.2,
  certificateMin: 1,
  flagGapYears: 0,
  rotationYears: 3,
  council: { quorum: 2 / 3, majority: 0.5, members: null, name: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH" },
  flagName: VI_AWARD_NAMES["co-thi-dua"],
  certificateName: VI_AWARD_NAMES["bang-khen"],
  issuer: "BAN THI ĐUA - KHEN THƯỞNG TỈNH",
  signerTitle: "TRƯỞNG BAN",
  signerName: "",
  town: "",
  recipient: "Chủ tịch Ủy ban nhân dân tỉnh",
};

/** Certificates a cluster of `members` units may propose under the province's quota (1e-9: 0.29 × 100 stays 29). */
export function provinceCertificateQuota(members: number, settings: ProvinceSettings): number {
  return Math.max(settings.certificateMin, Math.floor(settings.certificateShare * members + 1e-9));
}
