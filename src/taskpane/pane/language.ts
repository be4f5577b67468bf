// The pane's language, for every component: App provides the language it started in, WorkbookApp the one the user
// switched to. `useT` renders catalogue messages in it, so no component keeps its own copy of the helper.
import { createContext, useCallback, useContext } from "react";
import type { MessageDef, MessageParams } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { localize } from "../messages/localize";

export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}

/** A message without parameters, or one with its parameters. */
export type Translate = <P extends MessageParams>(
  def: MessageDef<P>,
  ...params: Record<never, never> extends P ? [P?] : [P]
) => string;

export function useT(): Translate {
  const lang = useLang();
  return useCallback(
    ((def: MessageDef<MessageParams>, params: MessageParams = {}) => localize(def, lang, params)) as Translate,
    [lang],
  );
}
