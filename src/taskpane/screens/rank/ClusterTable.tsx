// One cluster's ranking as a table: rank, unit, final score, grade (its abbreviation spelt out on hover), award
// proposal and tie-break note, units in rank order.
import {
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { AWARD_TERMS, GRADE_TERMS } from "../../../core/messages/glossary";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { ClusterResult, UnitResult } from "../../../core/model/scoringTypes";
import { screenMessages as m } from "../../messages/screenMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
});

export function ClusterTable({ cluster, units }: { cluster: ClusterResult; units: readonly UnitResult[] }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  // The cluster label is the workbook's own ("Cụm 1", "Khối Sở"): shown as the user wrote it.
  const caption = cluster.cluster;
  return (
    <Table size="extra-small" aria-label={caption} className={styles.table}>
      <caption>
        <Subtitle2>{caption}</Subtitle2>
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(m.colRank)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colUnit)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colFinal)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colGrade)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colAward)}</TableHeaderCell>
          <TableHeaderCell>{t(m.colTieBreak)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cluster.members.map((index) => {
          const u = units[index];
          return (
            <TableRow key={u.unit.code}>
              <TableCell>{u.rank}</TableCell>
              <TableCell>{u.unit.name}</TableCell>
              <TableCell>{formatNumber(u.final, lang)}</TableCell>
              <TableCell>
                <abbr title={GRADE_TERMS[u.grade].full[lang]}>{u.grade}</abbr>
              </TableCell>
              <TableCell>{u.award ? AWARD_TERMS[u.award].short[lang] : ""}</TableCell>
              <TableCell>{u.tieBreakNote ? u.tieBreakNote[lang] : ""}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
