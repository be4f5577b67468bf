// Cluster workbooks for province tests: a small year template (I: 1.1 of max 60, II: 2.1 of max 40, content max 100,
// no bonus) so that a unit's total is exactly the sum of its two scores, injected into any Host, filled, ranked,
// with history rows, optionally with its year-end meeting prepared and tallied by the meeting's own operations, and
// optionally changed after ranking (stale) or with an award cell typed over.

import type { Unit } from "../../../src/core/model/unitTypes";
import type { Template } from "../../../src/core/template/templateTypes";
import type { Host } from "../../../src/workbook/host/hostTypes";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting, type VoteInput } from "../../../src/workbook/operations/tallyMeeting";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";

export const YEAR_TEMPLATE: Template = {
  id: "khoi-thu",
  version: "1.0.0",
  title: { vi: "Bảng chấm điểm khối (thử)", en: "Block table (test)" },
  scale: 100,
  bonusCap: 0,
  periodKind: "year",
  legalBasis: [{ number: "Luật 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" }, date: "2022-06-15" }],
  criteria: [
    {
      code: "I",
      title: { vi: "Nhiệm vụ chuyên môn" },
      kind: "group",
      max: 60,
      children: [{ code: "1.1", title: { vi: "Kết quả nhiệm vụ" }, kind: "manual", max: 60, step: 0.5 }],
    },
    {
      code: "II",
      title: { vi: "Công tác thi đua" },
      kind: "group",
      max: 40,
      children: [{ code: "2.1", title: { vi: "Phong trào thi đua" }, kind: "manual", max: 40, step: 0.5 }],
    },
  ],
};

export interface ClusterSpec {
  cluster: string;
  period?: string;
  /** code → [1.1, 2.1]; names are "Đơn vị <code>". */
  scores: Record<string, [number, number]>;
  template?: Template;
  /** History rows: year, unit code, rank, award ("Cờ thi đua" / "Bằng khen" / null). */
  history?: [number, string, number, string | null][];
  /** After ranking: a unit's 1.1 score set to this (the results go stale). */
  changeAfterRank?: { code: string; score: number };
  rank?: boolean;
  /** After ranking: the year-end meeting prepared, its date and members present entered, these ballots tallied. */
  meeting?: { date: string; present: number; votes: Omit<VoteInput, "cluster">[] };
}

export function clusterUnits(spec: ClusterSpec): Unit[] {
  return Object.keys(spec.scores).map((code) => ({
    code,
    name: `Đơn vị ${code}`,
    cluster: spec.cluster,
    priority: false,
    disqualified: false,
  }));
}

export async function fillCluster(host: Host, spec: ClusterSpec): Promise<void> {
  const units = clusterUnits(spec);
  const planned = await injectTemplate(host, spec.template ?? YEAR_TEMPLATE, units, undefined, {
    mode: "self",
    period: spec.period ?? "2026",
    clusterTitle: spec.cluster,
    lang: "vi",
    now: "2026-12-20T08:00:00.000Z",
  });
  if (!planned.layout) throw new Error(JSON.stringify(planned.findings.map((f) => f.message.en)));
  const layout = planned.layout;
  const self: CellValue[][] = layout.flat.rows.map(() => units.map(() => null));
  units.forEach((u, c) => {
    self[1][c] = spec.scores[u.code][0];
    self[3][c] = spec.scores[u.code][1];
  });
  await host.apply(planInputs(layout, { self, history: spec.history ?? [] }));
  if (spec.rank !== false) {
    const ranked = await rankWorkbook(host, { now: "2026-12-21T08:00:00.000Z" });
    if (!ranked.result) throw new Error(JSON.stringify(ranked.findings.map((f) => f.message.en)));
  }
  if (spec.meeting) await holdMeeting(host, spec.cluster, spec.meeting);
  if (spec.changeAfterRank) {
    const c = units.findIndex((u) => u.code === spec.changeAfterRank!.code);
    const grid: (CellValue | undefined)[][] = layout.flat.rows.map(() => units.map(() => undefined));
    grid[1][c] = spec.changeAfterRank.score;
    await host.apply(planInputs(layout, { self: grid as CellValue[][] }));
  }
}

/** The meeting's own operations, as a cluster's secretariat runs them; any refusal fails the test setup. */
export async function holdMeeting(host: Host, cluster: string, meeting: NonNullable<ClusterSpec["meeting"]>) {
  const prepared = await prepareMeeting(host, { now: "2026-12-22T08:00:00.000Z" });
  if (!prepared.plan) throw new Error(JSON.stringify(prepared.findings.map((f) => f.message.en)));
  const particulars = await setMeetingParticulars(host, {
    now: "2026-12-22T09:00:00.000Z",
    cluster,
    values: { date: meeting.date, present: meeting.present },
  });
  if (!particulars.plan) throw new Error(JSON.stringify(particulars.findings.map((f) => f.message.en)));
  const tally = await tallyMeeting(host, {
    now: "2026-12-23T08:00:00.000Z",
    votes: meeting.votes.map((v) => ({ ...v, cluster })),
  });
  if (!tally.recorded) throw new Error(JSON.stringify(tally.findings.map((f) => f.message.en)));
}
