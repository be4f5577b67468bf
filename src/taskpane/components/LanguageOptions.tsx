// The product's two languages as the options of a Select, each named from the glossary in the pane's language.
import { LANGUAGE_TERMS } from "../../core/messages/glossary";
import type { Lang } from "../../core/settings/settingsTypes";

const LANGUAGES = Object.keys(LANGUAGE_TERMS) as Lang[];

export function LanguageOptions({ lang }: { lang: Lang }) {
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
