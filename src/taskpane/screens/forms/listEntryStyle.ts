// The style the forms screen's lists share (the forms made, the files taken in): one entry as a column of lines over
// a thin separating line.

import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** One entry of a section's list, its lines `rowGap` apart. */
export function listEntryStyle(rowGap: string): GriffelStyle {
  return {
    display: "flex",
    flexDirection: "column",
    rowGap,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  };
}
