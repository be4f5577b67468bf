// The two-cluster year-end meeting every meeting test starts from, on any host: a two-criterion template (1: 90
// points, 2: 10 points, default grade floors), self mode, period 2026, injected, scored and ranked.
//
// Cụm 1 (10 units), totals: A01 98, A02 96, A03 95, A04 94, A05 92, A06 85, A07 80, A08 75, A09 70, A10 60.
//   A03 has 7.5 of 10 on criterion 2 (75 %, under the HTTNV floor of 80 %), so it is graded HTNV.
//   Flag: A01 (rank 1). Certificates: max(1, ⌊20 % × 10⌋) = 2, A02 (rank 2) and A04 (rank 4, A03 skipped);
//   certificate cut-off rank 4; A03 (rank 3) left out for its grade.
// Cụm 2 (6 units): B01 95, B02 93, B03 91, B04 85, B05 78, B06 72.
//   Flag: B01. Certificates: max(1, ⌊1.2⌋) = 1, B02; cut-off rank 2.

import type { Unit } from "../../../src/core/model/unitTypes";
import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import type { Template } from "../../../src/core/template/templateTypes";
import type { Host } from "../../../src/workbook/host/hostTypes";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { planInputs } from "../../../src/workbook/plan/planInputs";

export const MEETING_TEMPLATE: Template = {
  id: "cum-binh-xet",
  version: "1.0.0",
  title: { vi: "Bảng chấm một tiêu chí" },
  scale: 100,
  bonusCap: 0,
  periodKind: "year",
  legalBasis: [{ number: "Luật 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" }, date: "2022-06-15" }],
  criteria: [
    {
      code: "I",
      title: { vi: "Kết quả thực hiện nhiệm vụ" },
      kind: "group",
      max: 100,
      children: [
        { code: "1", title: { vi: "Mức độ hoàn thành nhiệm vụ được giao" }, kind: "manual", max: 90, step: 0.5 },
        { code: "2", title: { vi: "Công tác thi đua, khen thưởng" }, kind: "manual", max: 10, step: 0.5 },
      ],
    },
  ],
};

/** Code, name, cluster, points on criterion 1 (of 90) and 2 (of 10). */
const SCORES: [string, string, string, number, number][] = [
  ["A01", "Phường Đông Hải", "Cụm 1", 88, 10],
  ["A02", "Phường Tây Sơn", "Cụm 1", 86, 10],
  ["A03", "Xã Bắc Hà", "Cụm 1", 87.5, 7.5],
  ["A04", "Xã Nam Cường", "Cụm 1", 84, 10],
  ["A05", "Phường Kim Tân", "Cụm 1", 82, 10],
  ["A06", "Xã Cam Đường", "Cụm 1", 76, 9],
  ["A07", "Xã Hợp Thành", "Cụm 1", 72, 8],
  ["A08", "Phường Bình Minh", "Cụm 1", 67, 8],
  ["A09", "Xã Tả Phời", "Cụm 1", 63, 7],
  ["A10", "Xã Thống Nhất", "Cụm 1", 54, 6],
  ["B01", "Xã Bảo Hà", "Cụm 2", 85, 10],
  ["B02", "Xã Cam Cọn", "Cụm 2", 83, 10],
  ["B03", "Xã Tân An", "Cụm 2", 81, 10],
  ["B04", "Xã Yên Sơn", "Cụm 2", 76, 9],
  ["B05", "Xã Phố Ràng", "Cụm 2", 70, 8],
  ["B06", "Xã Xuân Hòa", "Cụm 2", 64, 8],
];

export const MEETING_UNITS: Unit[] = SCORES.map(([code, name, cluster]) => ({
  code,
  name,
  cluster,
  priority: false,
  disqualified: false,
}));

export const INJECTED_AT = "2026-11-02T01:00:00.000Z";
export const RANKED_AT = "2026-12-01T02:00:00.000Z";
export const PREPARED_AT = "2026-12-10T03:00:00.000Z";
export const TALLIED_AT = "2026-12-15T04:30:00.000Z";
export const MINUTES_AT = "2026-12-15T05:00:00.000Z";
export const FILE = "cum-thi-dua-2026.xlsx";

/** Injected, scored and ranked: the state in which a secretariat prepares its meeting. */
export async function rankedMeetingWorkbook(host: Host, settings?: SettingsOverrides): Promise<WorkbookLayout> {
  const planned = await injectTemplate(host, MEETING_TEMPLATE, MEETING_UNITS, settings, {
    mode: "self",
    period: "2026",
    clusterTitle: "Cụm thi đua các xã, phường",
    lang: "vi",
    now: INJECTED_AT,
    fileName: FILE,
  });
  if (!planned.layout) throw new Error(JSON.stringify(planned.findings.map((f) => f.message.en)));
  const self = [SCORES.map(() => null), SCORES.map(([, , , first]) => first), SCORES.map(([, , , , second]) => second)];
  await host.apply(planInputs(planned.layout, { self }));
  const ranking = await rankWorkbook(host, { now: RANKED_AT, fileName: FILE });
  if (!ranking.result) throw new Error(JSON.stringify(ranking.findings.map((f) => f.message.en)));
  return planned.layout;
}
