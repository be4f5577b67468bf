// Styles the sections of the forms screen share (forms out, forms in, year roll-up): the section's column, its
// heading, a bare list of findings, and one entry of a section's list (a column over a thin separating line).

import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const formsSectionStyles = {
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  findings: { listStyleType: "none", margin: 0, padding: 0 },
} satisfies Record<string, GriffelStyle>;

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
