// The task pane's root: the workbook screens inside Excel, the explanation card anywhere else.
import { makeStaticStyles } from "@fluentui/react-components";
import type { Bilingual } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host } from "../../workbook/host/hostTypes";
import type { OfficeHostState } from "../detectOfficeHost";
import { LanguageContext } from "../pane/language";
import { HomeScreen } from "./HomeScreen";
import { OutsideOfficeCard } from "./OutsideOfficeCard";
import { WorkbookApp } from "./WorkbookApp";

const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

/** How the pane reaches the open workbook once Office is ready. */
export interface WorkbookAccess {
  createHost: () => Host;
  /** What this Excel lacks (an API requirement set) and what to do, or null when it has everything needed. */
  requirements?: () => Bilingual | null;
}

/**
 * Without workbook access, or in an Excel too old for the add-in, the home screen explains the product (and what is
 * missing); otherwise the working screens open.
 */
export function App({ host, lang, workbook }: { host: OfficeHostState; lang: Lang; workbook?: WorkbookAccess }) {
  useBodyStyles();
  const missing = host.kind === "inside" ? (workbook?.requirements?.() ?? null) : null;
  return (
    <LanguageContext.Provider value={lang}>
      {host.kind !== "inside" ? (
        <OutsideOfficeCard />
      ) : !workbook || missing ? (
        <HomeScreen notice={missing} />
      ) : (
        <WorkbookApp createHost={workbook.createHost} initialLang={lang} />
      )}
    </LanguageContext.Provider>
  );
}
