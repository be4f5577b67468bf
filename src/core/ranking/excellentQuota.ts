// Decree 335/2025's cap on excellent grades: HTXSNV at most a share of the number of HTTNV in a cluster.

import type { Finding } from "../findings/findingTypes";
import { rankingMessages } from "../messages/rankingMessages";
import type { Grade } from "../model/gradeTypes";
import { renderByLang } from "./renderByLang";
import { clusterLabel } from "./unitLabel";
import { RANKING_RULES } from "./rankingRules";

/** "grade.excellent-quota" when count(HTXSNV) > share × count(HTTNV); null share = no check. */
export function checkExcellentQuota(cluster: string, grades: readonly Grade[], share: number | null): Finding[] {
  if (share === null) return [];
  const excellent = grades.filter((g) => g === "HTXSNV").length;
  const good = grades.filter((g) => g === "HTTNV").length;
  // 1e-9 keeps an exact quota (1 of 5 at 20 %) from tripping on float error.
  if (excellent <= share * good + 1e-9) return [];
  const name = clusterLabel(cluster);
  return [
    {
      rule: RANKING_RULES.gradeExcellentQuota.id,
      severity: "warning",
      location: { area: "result", field: "grade" },
      message: renderByLang(rankingMessages.excellentQuota, (lang) => ({
        cluster: name[lang],
        excellent,
        good,
        share,
      })),
      data: { cluster, excellent, good, share },
    },
  ];
}
