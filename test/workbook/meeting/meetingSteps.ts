// The steps of the two-cluster meeting that the in-memory, fake-Excel and file tests all take: what the secretariat
// types into the workbook (particulars, ballots), and the tally's inputs for the command line's path.

import type { Host } from "../../../src/workbook/host/hostTypes";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import type { VoteInput } from "../../../src/workbook/operations/tallyMeeting";

/** Rows of TD_Votes (sheet Bình xét) as the list of the fixture is laid out: worked out by hand from the layout. */
export const ROWS = {
  flagA01: 7,
  certA02: 8,
  certA04: 9,
  leader1: 10,
  deputy1: 11,
  spare1: 12,
  flagB01: 15,
  certB02: 16,
  leader2: 17,
  deputy2: 18,
  spare2: 19,
} as const;

/** Vote table columns: B matter, C unit code, I reason, J in favour, K against, O result. */
export const COLUMNS = { matter: 1, unit: 2, reason: 8, yes: 9, no: 10, result: 14 } as const;

export const ADDED_REASON = "Có thành tích đột xuất trong phòng, chống thiên tai năm 2026";

/** Types cells as a person would (values only, unlocked input cells). */
export async function type(host: Host, sheet: string, cells: [number, number, CellValue][]): Promise<void> {
  await host.apply({
    styles: {},
    sheets: [
      {
        key: "votes",
        name: sheet,
        create: false,
        blocks: cells.map(([row, column, v]) => ({ at: cellAddress(row, column), cells: [[{ v, input: true }]] })),
      },
    ],
    names: [],
  });
}

/** Cụm 1's meeting as the secretary types it into Bình xét: present 9 of 10 (in Cuộc họp), then the ballots. */
export async function typeClusterOneBallots(host: Host): Promise<void> {
  const C = COLUMNS;
  await type(host, "Bình xét", [
    [ROWS.flagA01, C.yes, 9],
    [ROWS.flagA01, C.no, 0],
    [ROWS.certA02, C.yes, 7],
    [ROWS.certA02, C.no, 2],
    [ROWS.certA04, C.yes, 6],
    [ROWS.certA04, C.no, 3],
    [ROWS.leader1, C.unit, "A05"],
    [ROWS.leader1, C.yes, 8],
    [ROWS.leader1, C.no, 1],
    [ROWS.deputy1, C.unit, "A06"],
    [ROWS.deputy1, C.yes, 7],
    [ROWS.deputy1, C.no, 2],
    [ROWS.spare1, C.matter, "Bằng khen"],
    [ROWS.spare1, C.unit, "A03"],
    [ROWS.spare1, C.reason, ADDED_REASON],
    [ROWS.spare1, C.yes, 3],
    [ROWS.spare1, C.no, 6],
  ]);
}

/** Cụm 2's ballots, given to the tally as the command line's votes.csv gives them: 3 of 6 present, short of 4. */
export const CLUSTER_TWO_VOTES: VoteInput[] = [
  { cluster: "Cụm 2", matter: "co-thi-dua", unit: "B01", yes: 3, no: 0 },
  { cluster: "Cụm 2", matter: "bang-khen", unit: "B02", yes: 3, no: 0 },
];
export const CLUSTER_TWO_PRESENT = { "Cụm 2": 3 };

/** A second sitting of Cụm 1 that votes the flag to A02 (rank 2) instead of A01. */
export const FLAG_TO_RANK_TWO: VoteInput[] = [
  { cluster: "Cụm 1", matter: "co-thi-dua", unit: "A01", yes: 4, no: 5 },
  {
    cluster: "Cụm 1",
    matter: "co-thi-dua",
    unit: "A02",
    yes: 8,
    no: 1,
    reason: "Dẫn đầu phong trào chuyển đổi số của cụm",
  },
];
