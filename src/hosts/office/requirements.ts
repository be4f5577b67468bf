// Which Excel JavaScript API requirement sets this Excel supports: ExcelApi 1.8 is needed (data validation), newer
// sets only enable extras (1.9 print setup, 1.12 sheet custom properties, 1.13 inserting sheets from a file).

import { render, type Bilingual } from "../../core/messages/messageTypes";
import { officeHostMessages as M } from "./officeHostMessages";

const REQUIRED = ["1.8"];
const OPTIONAL = ["1.9", "1.12", "1.13"];

export interface RequirementCheck {
  /** True when every required set is there. */
  ok: boolean;
  /** Required sets this Excel lacks, e.g. ["ExcelApi 1.8"]. */
  missing: string[];
  optional: { name: string; supported: boolean }[];
  /** What is missing and what to do, or null when nothing required is missing. */
  message: Bilingual | null;
}

type OfficeNamespace = Pick<typeof Office, "context"> | undefined;

function supports(office: OfficeNamespace, version: string): boolean {
  // Outside Office (a plain browser tab) there is no Office.context: nothing is supported.
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : false;
}

export function checkRequirements(office: OfficeNamespace = globalThis.Office): RequirementCheck {
  const missing = REQUIRED.filter((v) => !supports(office, v)).map((v) => `ExcelApi ${v}`);
  const optional = OPTIONAL.map((v) => ({ name: `ExcelApi ${v}`, supported: supports(office, v) }));
  return {
    ok: missing.length === 0,
    missing,
    optional,
    message: missing.length === 0 ? null : render(M.requirementsMissing, { missing: missing.join(", ") }),
  };
}

/** Whether this Excel has a requirement set (false outside Office). */
export function supportsExcelApi(version: string, office: OfficeNamespace = globalThis.Office): boolean {
  return supports(office, version);
}
