// The product's two languages as the options of a Select, each named from the glossary in the pane's language.
import { LANGUAGE_TERMS } from "../../core/messages/glossary";
import type { Lang } from "../../core/settings/settingsTypes";
import { useLang } from "../pane/language";

const LANGUAGES = Object.keys(LANGUAGE_TERMS) as Lang[];

export function LanguageOptions() {
  const lang = useLang();
  return (
    <>
      {LANGUAGES.map((option) => (
        <option key={option} value={option}>
          {LANGUAGE_TERMS[option].short[lang]}
        </option>
      ))}
    </>
  );
}
