// xl/workbook.xml as other tools write it: entities, namespace prefixes, empty and sheet-scoped names.

import { readWorkbookXmlNames } from "../../../src/hosts/xlsx/workbookXmlNames";

describe("readWorkbookXmlNames", () => {
  it("reads sheet order and names with their text decoded and their sheet scope", () => {
    const xml =
      '<?xml version="1.0"?><x:workbook xmlns:x="urn:x"><x:sheets>' +
      '<x:sheet name="T&#7921; ch&#7845;m" sheetId="1" r:id="rId1"/><x:sheet name="A &amp; B" sheetId="2"/>' +
      "</x:sheets><x:definedNames>" +
      '<x:definedName name="TD_Self">&apos;Tự chấm&apos;!$D$6:$M$40</x:definedName>' +
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'A &amp; B\'!$1:$2</x:definedName>' +
      "<x:definedName name='Empty'/>" +
      "</x:definedNames></x:workbook>";
    expect(readWorkbookXmlNames(xml)).toEqual({
      sheets: ["Tự chấm", "A & B"],
      names: [
        { name: "TD_Self", formula: "'Tự chấm'!$D$6:$M$40" },
        { name: "_xlnm.Print_Titles", formula: "'A & B'!$1:$2", localSheetId: 1 },
        { name: "Empty", formula: "" },
      ],
    });
  });
});
