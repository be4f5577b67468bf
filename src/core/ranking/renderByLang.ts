// Renders a message whose parameters differ by language (numbers formatted per language, localised labels).

import type { Bilingual, MessageDef, MessageParams } from "../messages/messageTypes";
import type { Lang } from "../settings/settingsTypes";

export function renderByLang<P extends MessageParams>(def: MessageDef<P>, params: (lang: Lang) => P): Bilingual {
  return { vi: def.vi(params("vi")), en: def.en(params("en")) };
}
