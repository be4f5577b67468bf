// The particulars form of one cluster: its fields as text, filled from the Cuộc họp sheet, and back to what
// setMeetingParticulars takes, only the fields the user changed (so the log names what was written, and a cell
// typed on the sheet meanwhile stays unless the user changed that very field). Members present belong to the tally.
import { INPUT_FIELDS, type MeetingField } from "../../../workbook/meeting/meetingLayout";
import type { Particulars } from "../../../workbook/meeting/readMeeting";
import type { ParticularsInput } from "../../../workbook/operations/setMeetingParticulars";
import { countText } from "./voteDrafts";

export type ParticularField = Exclude<MeetingField, "members" | "present">;

/** The fields in the sheet's order, without members (counted) and members present (entered with the ballots). */
export const PARTICULAR_FIELDS = INPUT_FIELDS.filter((f) => f !== "present") as ParticularField[];

/** Fields written over several lines. */
export const LONG_FIELDS: ReadonlySet<ParticularField> = new Set(["attendees", "absent", "place"]);

/** Fields that name a unit of the cluster by its code. */
export const UNIT_FIELDS: ReadonlySet<ParticularField> = new Set(["leader", "deputy"]);

export type ParticularsForm = Record<ParticularField, string>;

export function formOf(particulars: Particulars | undefined): ParticularsForm {
  return Object.fromEntries(PARTICULAR_FIELDS.map((f) => [f, countText(particulars?.[f])])) as ParticularsForm;
}

/** The fields whose text differs from the sheet's (blank clears a field). */
export function changedParticulars(form: ParticularsForm, particulars: Particulars | undefined): ParticularsInput {
  const before = formOf(particulars);
  const changed: ParticularsInput = {};
  for (const field of PARTICULAR_FIELDS) {
    if (form[field].trim() !== before[field].trim()) changed[field] = form[field];
  }
  return changed;
}
