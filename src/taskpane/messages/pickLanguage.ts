// Chooses the task pane's language from a BCP 47 tag (Office's display language, or the browser's).
import type { Lang } from "../../core/settings/settingsTypes";

/** Vietnamese for any vi tag and when nothing is known (the product's home language); English otherwise. */
export function pickLanguage(tag: string | undefined | null): Lang {
  if (!tag) return "vi";
  return tag.trim().toLowerCase().split(/[-_]/)[0] === "vi" ? "vi" : "en";
}
