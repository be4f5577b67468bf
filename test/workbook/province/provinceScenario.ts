// Six cluster workbooks of 2026 for the province tests, every number hand-checked (total = 1.1 + 2.1, content max
// 100; HTXSNV ≥ 90 with 1.1 ≥ 51 and 2.1 ≥ 34, HTTNV ≥ 80 with 48 and 32, HTNV ≥ 70 with 42 and 28; one flag per
// cluster, certificates max(1, ⌊20 % × members⌋)):
// - cum1: A 96, B 91, C 83, D 75, E 65 ⇒ A HTXSNV flag, B HTXSNV certificate, C HTTNV, D HTNV, E KHTNV. History:
//   2024 A flag, 2025 B flag (rank 1) and A certificate (rank 2): this year's flag to A repeats A, B, A (turns).
//   Voted: its meeting of 15/12/2026 (5 of 5 present) passed the flag 5–0 and the certificate 4–1.
// - cum2 (10 units): A and B both 94 with equal groups (still tied: rank 1 each) ⇒ the flag is a tie left open;
//   certificates (quota 2) go to A and B. C 87, D 81 HTTNV; E 71 HTNV; F–J below 70 KHTNV.
// - cum3: ranked, then B's 1.1 changed ⇒ stale.
// - cum4: period 2025 ⇒ another year.
// - cum5 and cum6 both list unit C6C ⇒ a unit in two clusters, both left out.

import type { ClusterSpec } from "./clusterWorkbooks";

export const PROVINCE_FILES: [file: string, spec: ClusterSpec][] = [
  [
    "cum1.xlsx",
    {
      cluster: "Cụm thi đua số 1",
      scores: { C1A: [58, 38], C1B: [55, 36], C1C: [50, 33], C1D: [45, 30], C1E: [40, 25] },
      history: [
        [2024, "C1A", 1, "Cờ thi đua"],
        [2025, "C1B", 1, "Cờ thi đua"],
        [2025, "C1A", 2, "Bằng khen"],
        [2025, "C1C", 3, null],
      ],
      meeting: {
        date: "15/12/2026",
        present: 5,
        votes: [
          { matter: "co-thi-dua", unit: "C1A", yes: 5, no: 0 },
          { matter: "bang-khen", unit: "C1B", yes: 4, no: 1 },
        ],
      },
    },
  ],
  [
    "cum2.xlsx",
    {
      cluster: "Cụm thi đua số 2",
      scores: {
        C2A: [57, 37],
        C2B: [57, 37],
        C2C: [52, 35],
        C2D: [48, 33],
        C2E: [42, 29],
        C2F: [40, 28],
        C2G: [38, 26],
        C2H: [36, 25],
        C2I: [35, 24],
        C2J: [30, 20],
      },
    },
  ],
  [
    "cum3.xlsx",
    {
      cluster: "Cụm thi đua số 3",
      scores: { C3A: [56, 37], C3B: [50, 30], C3C: [45, 30], C3D: [40, 30], C3E: [30, 20] },
      changeAfterRank: { code: "C3B", score: 52 },
    },
  ],
  [
    "cum4.xlsx",
    {
      cluster: "Cụm thi đua số 4",
      period: "2025",
      scores: { C4A: [56, 37], C4B: [50, 30], C4C: [45, 30], C4D: [40, 30], C4E: [30, 20] },
    },
  ],
  [
    "cum5.xlsx",
    {
      cluster: "Cụm thi đua số 5",
      scores: { C5A: [56, 37], C5B: [50, 30], C5C: [45, 30], C5D: [40, 30], C6C: [30, 20] },
    },
  ],
  [
    "cum6.xlsx",
    {
      cluster: "Cụm thi đua số 6",
      scores: { C6A: [56, 37], C6B: [50, 30], C6C: [45, 30], C6D: [40, 30], C6E: [30, 20] },
    },
  ],
];
