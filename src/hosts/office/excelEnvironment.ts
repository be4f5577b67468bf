// What the self-test's report says about this Excel: where it runs, its build and the ExcelApi requirement sets it
// supports (Office.context.diagnostics and Office.context.requirements), read without ever throwing.

import type { ExcelEnvironment } from "../../workbook/selftest/selfTestReport";

/** ExcelApi 1.1 to 1.17: the sets a support person asks about (1.8 is the add-in's minimum). */
export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 17 }, (_, i) => `1.${i + 1}`);

type OfficeNamespace = Pick<typeof Office, "context"> | undefined;

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

export function excelEnvironment(office: OfficeNamespace = globalThis.Office): ExcelEnvironment {
  // Outside Office, or an Office.js too old for diagnostics: unknown, not a crash.
  let context: Partial<typeof Office.context> | undefined;
  try {
    context = office?.context;
  } catch {
    context = undefined;
  }
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  const diagnostics = read(() => context?.diagnostics);
  const supported = (version: string) =>
    read(() => context?.requirements?.isSetSupported("ExcelApi", version)) === true;
  return {
    host: text(read(() => diagnostics?.host)),
    platform: text(read(() => diagnostics?.platform)) ?? text(read(() => context?.platform)),
    version: text(read(() => diagnostics?.version)),
    language: text(read(() => context?.displayLanguage)),
    excelApi: EXCEL_API_VERSIONS.map((version) => ({ version, supported: supported(version) })),
  };
}
