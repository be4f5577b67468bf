// The preview of a scoring table template: its scale, its top-level content groups with their points, its legal
// basis. Shown for the chosen built-in template and for a criteria table read from the selection.
import { Body1, Caption1, Card, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import { flattenTemplate } from "../../../core/template/flattenTemplate";
import type { LocalizedText, Template } from "../../../core/template/templateTypes";
import { screenMessages as m } from "../../messages/screenMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What the card shows; the built-ins' TemplateSummary (listTemplates) has this shape. */
export interface CardSummary {
  title: string;
  scale: number;
  groups: { code: string; title: string; max: number }[];
  legalBasis: { number: string }[];
}

const textIn = (text: LocalizedText, lang: Lang) => (lang === "en" && text.en ? text.en : text.vi);

/** The card's summary of any valid template, as listTemplates gives it for the built-ins. */
export function summaryOf(template: Template, lang: Lang): CardSummary {
  const flat = flattenTemplate(template);
  return {
    title: textIn(template.title, lang),
    scale: template.scale,
    groups: flat.contentTops.map((i) => ({
      code: flat.rows[i].code,
      title: textIn(flat.rows[i].title, lang),
      max: flat.rows[i].max,
    })),
    legalBasis: template.legalBasis.map((doc) => ({ number: doc.number })),
  };
}

export function TemplateCard({ summary, id }: { summary: CardSummary; id?: string }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <Card id={id} className={styles.card} appearance="filled-alternative">
      <Body1>
        {t(m.templateScale, {
          scale: formatNumber(summary.scale, lang),
          groups: summary.groups.length,
        })}
      </Body1>
      <ul className={styles.list} aria-label={summary.title}>
        {summary.groups.map((g) => (
          <li key={g.code}>
            <Caption1>{t(m.templateGroup, { code: g.code, title: g.title, max: formatNumber(g.max, lang) })}</Caption1>
          </li>
        ))}
      </ul>
      {summary.legalBasis.length > 0 && (
        <Caption1 className={styles.muted}>
          {t(m.legalBasis)}: {summary.legalBasis.map((d) => d.number).join("; ")}
        </Caption1>
      )}
    </Card>
  );
}
