// The slice of the Office namespace an Excel add-in touches: onReady, requirement-set checks, host and platform.

import { compareVersions } from "./apiSets";
import { guarded } from "./clientObject";
import type { FakeExcelState } from "./fakeExcelState";

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};

const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

export function createFakeOffice(state: FakeExcelState): object {
  const info = () => ({ host: "Excel", platform: state.platform });
  /** Only ExcelApi is known; a version given as a number (1.8) is read as its decimal text. */
  const isSetSupported = (name: string, minVersion?: string | number) => {
    if (name !== "ExcelApi") return false;
    if (minVersion === undefined) return true;
    return compareVersions(String(minVersion), state.maxApiVersion) <= 0;
  };
  const context = guarded(
    {
      host: "Excel",
      get platform() {
        return state.platform;
      },
      get displayLanguage() {
        return state.displayLanguage;
      },
      get contentLanguage() {
        return state.displayLanguage;
      },
      requirements: guarded({ isSetSupported }, "Office.context.requirements"),
      diagnostics: guarded(
        {
          host: "Excel",
          get platform() {
            return state.platform;
          },
          version: "16.0.0.0",
        },
        "Office.context.diagnostics",
      ),
    },
    "Office.context",
  );
  return guarded(
    {
      context,
      HostType: guarded(HOST_TYPE, "Office.HostType"),
      PlatformType: guarded(PLATFORM_TYPE, "Office.PlatformType"),
      onReady: (callback?: (i: { host: string; platform: string }) => unknown) => {
        const result = info();
        if (callback) callback(result);
        return Promise.resolve(result);
      },
    },
    "Office",
  );
}
