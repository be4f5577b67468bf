// The ranking for a person: one table per cluster (rank, code, name, the layers behind the final score, final
// score, grade, award proposal) with tie-break notes as numbered lines under the table, where they can be read.

import { AWARD_TERMS } from "../../core/messages/glossary";
import { render } from "../../core/messages/messageTypes";
import type { RankingResult, UnitResult } from "../../core/model/scoringTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { fixedDecimals } from "../../core/messages/fixedDecimals";
import type { Paint } from "./terminalStyle";
import { textTable, type TableColumn } from "./textTable";

interface Column extends TableColumn {
  cell: (u: UnitResult, mark: string) => string;
}

/** `who`: whom the template scores; a person's table heads say "Họ và tên". */
export function printRanking(
  result: RankingResult,
  lang: Lang,
  paint: Paint,
  who: "unit" | "person" = "unit",
): string[] {
  const t = (def: { vi: () => string; en: () => string }) => def[lang]();
  const score = (value: number | null) => (value === null ? "" : fixedDecimals(value, lang));
  // Self and peer totals only say something when another layer can move the final score away from them.
  const reviewed = result.units.some((u) => u.review !== null);
  const peered = result.units.some((u) => u.peer !== null);
  const columns: Column[] = [
    { header: t(M.colRank), align: "right", cell: (u) => String(u.rank) },
    { header: t(M.colCode), align: "left", cell: (u) => u.unit.code },
    { header: t(who === "person" ? M.colPersonName : M.colName), align: "left", cell: (u) => u.unit.name },
    ...(reviewed || peered
      ? [{ header: t(M.colSelf), align: "right" as const, cell: (u: UnitResult) => score(u.self.total) }]
      : []),
    ...(peered ? [{ header: t(M.colPeer), align: "right" as const, cell: (u: UnitResult) => score(u.peer) }] : []),
    { header: t(M.colFinal), align: "right", cell: (u) => score(u.final) },
    { header: t(M.colGrade), align: "left", cell: (u) => u.grade },
    { header: t(M.colAward), align: "left", cell: (u) => (u.award ? AWARD_TERMS[u.award].short[lang] : "") },
    { header: t(M.colNote), align: "left", cell: (_u, mark) => mark },
  ];
  const lines: string[] = [];
  for (const cluster of result.clusters) {
    const members = cluster.members.map((i) => result.units[i]);
    const label = cluster.cluster === "" ? t(M.noCluster) : cluster.cluster;
    if (lines.length > 0) lines.push("");
    lines.push(paint(render(M.clusterHeading, { cluster: label, count: members.length, who })[lang], "bold"));
    const notes: string[] = [];
    const marks = members.map((u) => {
      if (!u.tieBreakNote) return "";
      const mark = `(${notes.length + 1})`;
      notes.push(`${mark} ${u.tieBreakNote[lang]}`);
      return mark;
    });
    const shown = notes.length > 0 ? columns : columns.slice(0, -1);
    const rows = members.map((u, i) => shown.map((c) => c.cell(u, marks[i])));
    lines.push(...textTable(shown, rows, paint, (i, line) => (members[i].award ? paint(line, "green") : line)));
    for (const note of notes) lines.push(paint(note, "dim"));
  }
  return lines;
}
