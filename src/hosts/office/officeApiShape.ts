// The Excel JavaScript API members the host's writes use, in the shape Office.js serialises them: navigation
// properties (an object path named after the property), methods that return an object (a method or indexer object
// path) and methods that only act (a method action), each with the number of parameters Office.js sends (every
// declared one, null when left out). Any other member assigned is a property set. Read from excel-web-16.00.debug.js
// of @microsoft/office-js and checked against that client by test/hosts/office/officejs.

export interface MemberShape {
  /** A navigation property: the type of the object it leads to. */
  nav?: string;
  /** A method: the parameters Office.js puts in its arguments array. */
  params?: number;
  /** The type of the object the method returns (an object path), absent for a method action. */
  returns?: string;
  /** Office.js addresses the returned item by an indexer path (collection.getItem). */
  indexer?: boolean;
}

export const OFFICE_API_SHAPE: Record<string, Record<string, MemberShape>> = {
  Workbook: {
    worksheets: { nav: "WorksheetCollection" },
    names: { nav: "NamedItemCollection" },
    application: { nav: "Application" },
  },
  Application: {
    suspendApiCalculationUntilNextSync: { params: 0 },
    calculate: { params: 1 },
  },
  WorksheetCollection: {
    getItem: { params: 1, returns: "Worksheet", indexer: true },
    getItemOrNullObject: { params: 1, returns: "Worksheet" },
    add: { params: 1, returns: "Worksheet" },
  },
  Worksheet: {
    getRange: { params: 1, returns: "Range" },
    protection: { nav: "WorksheetProtection" },
    freezePanes: { nav: "WorksheetFreezePanes" },
    pageLayout: { nav: "PageLayout" },
    activate: { params: 0 },
    delete: { params: 0 },
  },
  WorksheetProtection: { protect: { params: 2 }, unprotect: { params: 1 } },
  WorksheetFreezePanes: { freezeAt: { params: 1 }, freezeRows: { params: 1 }, freezeColumns: { params: 1 } },
  PageLayout: { setPrintTitleRows: { params: 1 }, setPrintArea: { params: 1 } },
  NamedItemCollection: {
    getItem: { params: 1, returns: "NamedItem", indexer: true },
    getItemOrNullObject: { params: 1, returns: "NamedItem" },
    add: { params: 3, returns: "NamedItem" },
  },
  NamedItem: { delete: { params: 0 } },
  Range: {
    format: { nav: "RangeFormat" },
    dataValidation: { nav: "DataValidation" },
    conditionalFormats: { nav: "ConditionalFormatCollection" },
    getRow: { params: 1, returns: "Range" },
    getBoundingRect: { params: 1, returns: "Range" },
    merge: { params: 1 },
    clear: { params: 1 },
    select: { params: 0 },
    _ValidateArraySize: { params: 2 },
  },
  RangeFormat: {
    font: { nav: "RangeFont" },
    fill: { nav: "RangeFill" },
    borders: { nav: "RangeBorderCollection" },
    protection: { nav: "FormatProtection" },
  },
  RangeFill: { clear: { params: 0 } },
  RangeBorderCollection: { getItem: { params: 1, returns: "RangeBorder", indexer: true } },
  DataValidation: { clear: { params: 0 } },
  ConditionalFormatCollection: { add: { params: 1, returns: "ConditionalFormat" } },
  ConditionalFormat: { custom: { nav: "CustomConditionalFormat" } },
  CustomConditionalFormat: { rule: { nav: "ConditionalFormatRule" }, format: { nav: "ConditionalRangeFormat" } },
  ConditionalRangeFormat: { fill: { nav: "ConditionalRangeFill" }, font: { nav: "ConditionalRangeFont" } },
  RangeFont: {},
  RangeBorder: {},
  FormatProtection: {},
  ConditionalFormatRule: {},
  ConditionalRangeFill: {},
  ConditionalRangeFont: {},
};

/** Types Office.js keeps by reference inside Excel.run (they have _KeepReference): a new one costs two more actions. */
export const TRACKED_TYPES: ReadonlySet<string> = new Set(["Range"]);

/**
 * Range properties Office.js writes in slices of rows when the array holds more than BULK_CELLS cells
 * (setRangePropertiesInBulk): one _ValidateArraySize, then per slice getRow(first).getBoundingRect(getRow(last)).
 */
export const BULK_PROPERTIES: ReadonlySet<string> = new Set([
  "values",
  "formulas",
  "formulasLocal",
  "formulasR1C1",
  "numberFormat",
]);
export const BULK_CELLS = 1500;
