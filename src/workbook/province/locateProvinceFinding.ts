// Where a consolidation finding points in the cluster workbook it is about: the core's location placed with that
// workbook's layout, and the period and template lines of its guide sheet for findings about the workbook itself.

import type { ProvinceFinding } from "../../core/province/provinceTypes";
import { cellAddress } from "../layout/cellAddress";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { locateFinding } from "../locate/locateFinding";
import type { WorkbookMeta } from "../meta/workbookMeta";

export interface LocatedProvinceFinding extends ProvinceFinding {
  /** Sheet and cell in the file the finding names; null when it is about the file as a whole. */
  sheet: string | null;
  cell: string | null;
}

export interface FilePlace {
  layout: WorkbookLayout;
  meta: WorkbookMeta;
  /** The meeting's tally stamp (TD_VoteStamp), where findings about the recorded vote point. */
  stamp?: { sheet: string; cell: string } | null;
}

/** The guide sheet's lines start in B3: the template first, then the cluster title when there is one, the period. */
const GUIDE_FIRST_LINE = 3;
const GUIDE_TEXT_COLUMN = 1;

export function locateProvinceFinding(finding: ProvinceFinding, place: FilePlace | undefined): LocatedProvinceFinding {
  if (!place) return { ...finding, sheet: null, cell: null };
  const { layout, meta } = place;
  if (
    finding.location.area === "metadata" &&
    (finding.location.field === "period" || finding.location.field === "template")
  ) {
    const line = finding.location.field === "template" ? 0 : meta.clusterTitle ? 2 : 1;
    return {
      ...finding,
      sheet: layout.names.fixed.guide,
      cell: cellAddress(GUIDE_FIRST_LINE + line, GUIDE_TEXT_COLUMN),
    };
  }
  if (finding.location.area === "votes" && finding.location.row === undefined) {
    return { ...finding, sheet: place.stamp?.sheet ?? null, cell: place.stamp?.cell ?? null };
  }
  const at = locateFinding(finding, layout);
  return { ...finding, sheet: at?.sheet ?? null, cell: at?.cell ?? null };
}
