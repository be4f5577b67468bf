// Task pane entry (webpack): mounts the app into taskpane.html's #container, reaching the workbook through Office.js.
import { checkRequirements } from "../hosts/office/requirements";
import { OfficeHost } from "../hosts/office/officeHost";
import type { OfficeGlobal } from "./detectOfficeHost";
import { mountTaskpane } from "./mountTaskpane";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html lacks #container");
// `typeof` first: a bare `Office` is a ReferenceError when office.js failed to load.
const office: OfficeGlobal | undefined = typeof Office === "undefined" ? undefined : Office;
void mountTaskpane(container, office, navigator.language, {
  createHost: () => new OfficeHost(),
  requirements: () => checkRequirements().message,
});
