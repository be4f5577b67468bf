// How the Forms screen hands a finished .xlsx to the user: as a new Excel workbook. A prop, so jsdom tests pass a
// fake that records the bytes; in Excel it is Excel.createWorkbook, loaded only when first used.

export type WorkbookOpener = (bytes: Uint8Array) => Promise<void>;

export const openInExcel: WorkbookOpener = (bytes) =>
  import("../../../hosts/office/openNewWorkbook").then((mod) => mod.openNewWorkbook(bytes));
