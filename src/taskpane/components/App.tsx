// The task pane's root: the home screen inside Office, the explanation card anywhere else.
import { makeStaticStyles } from "@fluentui/react-components";
import type { Lang } from "../../core/settings/settingsTypes";
import type { OfficeHostState } from "../detectOfficeHost";
import { HomeScreen } from "./HomeScreen";
import { OutsideOfficeCard } from "./OutsideOfficeCard";

const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

export function App({ host, lang }: { host: OfficeHostState; lang: Lang }) {
  useBodyStyles();
  return host.kind === "inside" ? <HomeScreen lang={lang} /> : <OutsideOfficeCard lang={lang} />;
}
