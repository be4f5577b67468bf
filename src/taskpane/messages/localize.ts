// Renders one catalogue message in the task pane's language.
import type { Lang } from "../../core/settings/settingsTypes";
import { pick, render, type MessageDef, type MessageParams } from "../../core/messages/messageTypes";

export function localize<P extends MessageParams>(def: MessageDef<P>, lang: Lang, params: P = {} as P): string {
  return pick(render(def, params), lang);
}
