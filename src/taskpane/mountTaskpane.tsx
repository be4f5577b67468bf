// Starts the task pane: finds out whether Office is there, picks the language, mounts the app in Fluent's theme.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App, type WorkbookAccess } from "./components/App";
import { detectOfficeHost, type OfficeGlobal } from "./detectOfficeHost";
import { pickLanguage } from "./messages/pickLanguage";

/**
 * `office` is the Office global or undefined; `browserLanguage` is used only outside Office; `workbook` gives the
 * Host over the open workbook once Office is ready (the Office.js host in production, a fake in tests).
 */
export async function mountTaskpane(
  container: HTMLElement,
  office: OfficeGlobal | undefined,
  browserLanguage: string | undefined,
  workbook?: WorkbookAccess,
): Promise<Root> {
  const host = await detectOfficeHost(office);
  const lang = pickLanguage(host.kind === "inside" ? host.displayLanguage : browserLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang={lang} workbook={workbook} />
    </FluentProvider>,
  );
  return root;
}
