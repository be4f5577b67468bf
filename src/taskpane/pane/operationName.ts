// The operations the pane runs, one at a time: each reads or writes the workbook (or opens workbooks), so two must
// never overlap, and each has a name the pane shows while it runs (operationMessages.ts).

export type OperationName =
  | "read-workbook"
  | "read-units"
  | "read-criteria"
  | "inject"
  | "validate"
  | "fix"
  | "select-cell"
  | "rank"
  | "analyse"
  | "save-settings"
  | "make-forms"
  | "open-forms"
  | "collect-forms"
  | "rollup"
  | "province"
  | "read-undo"
  | "undo"
  | "self-test"
  | MeetingOperationName;

/** The Bình xét screen's operations (the year-end meeting). */
export type MeetingOperationName =
  | "read-meeting"
  | "prepare-meeting"
  | "save-particulars"
  | "make-ballots"
  | "open-ballots"
  | "tally"
  | "make-minutes"
  | "download-minutes";
