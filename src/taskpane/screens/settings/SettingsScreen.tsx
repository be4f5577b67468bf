// Cài đặt (Settings): the workbook's settings as they stand (final rule and weights, trimming, thresholds and floors,
// quotas, tie-break order, language). Read-only for now: changing them needs the formulas re-planned (see note).
import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatNumber, type MessageDef } from "../../../core/messages/messageTypes";
import type { GradeShares, Lang, Settings, TieBreakKey } from "../../../core/settings/settingsTypes";
import type { Host } from "../../../workbook/host/hostTypes";
import { validateWorkbook } from "../../../workbook/operations/validateWorkbook";
import { localize } from "../../i18n/localize";
import { settingsMessages as m } from "../../i18n/settingsMessages";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginInlineStart: 0 },
});

const TIE_LABEL: Record<TieBreakKey, MessageDef<Record<string, never>>> = {
  "first-group": m.tieFirstGroup,
  "fewer-deductions": m.tieFewerDeductions,
  "more-full-criteria": m.tieMoreFull,
  priority: m.tiePriority,
};

const percent = (share: number, lang: Lang) => `${formatNumber(share * 100, lang, 1)} %`;
const shares = (s: GradeShares, lang: Lang) =>
  (Object.keys(s) as (keyof GradeShares)[]).map((g) => `${g} ${percent(s[g], lang)}`).join("; ");

function rows(s: Settings, lang: Lang): [string, string][] {
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  return [
    [
      t(m.finalRule),
      s.finalRule === "last-stage"
        ? t(m.lastStage)
        : localize(m.weighted, lang, {
            self: percent(s.weights.self, lang),
            peer: percent(s.weights.peer, lang),
            review: percent(s.weights.review, lang),
          }),
    ],
    [t(m.trimming), localize(m.trimmingValue, lang, { drop: s.peerTrim.dropEachSide, min: s.peerTrim.minRaters })],
    [t(m.thresholds), shares(s.grades.thresholds, lang)],
    [t(m.floors), s.grades.floors ? shares(s.grades.floors, lang) : t(m.none)],
    [
      t(m.quotas),
      localize(m.quotasValue, lang, {
        flags: s.awards.flags,
        share: percent(s.awards.certificateShare, lang),
        min: s.awards.certificateMin,
      }),
    ],
    [t(m.tieBreak), s.tieBreak.map((k, i) => `${i + 1}. ${t(TIE_LABEL[k])}`).join("; ")],
    [t(m.language), s.lang === "vi" ? "Tiếng Việt" : "English"],
  ];
}

export function SettingsScreen({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    validateWorkbook(host).then(
      (v) => live && setSettings(v.input?.settings ?? null),
      () => live && setSettings(null),
    );
    return () => {
      live = false;
    };
  }, [host]);

  return (
    <section aria-labelledby="settings-title" className={styles.screen}>
      <Subtitle2 as="h2" id="settings-title" className={styles.heading}>
        {localize(m.title, lang)}
      </Subtitle2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{localize(m.readOnly, lang)}</MessageBarBody>
      </MessageBar>
      {settings === undefined && <Spinner size="small" />}
      {settings === null && <Body1>{localize(m.unavailable, lang)}</Body1>}
      {settings && (
        <dl className={styles.list}>
          {rows(settings, lang).map(([term, value]) => (
            <div key={term}>
              <dt className={styles.term}>
                <Body1>{term}</Body1>
              </dt>
              <dd className={styles.value}>
                <Body1>{value}</Body1>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
