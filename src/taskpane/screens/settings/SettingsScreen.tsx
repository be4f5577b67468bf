// Cài đặt (Settings): edits the workbook's settings (final rule and weights, trimming, thresholds and floors, quotas,
// tie-break order, language), checks each field as it is typed, and saves them through updateSettings, which rebuilds
// the workbook's formulas; afterwards the ranking must be run again.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import type { Bilingual, MessageDef } from "../../../core/messages/messageTypes";
import type { FinalRule, Lang, Settings } from "../../../core/settings/settingsTypes";
import type { Host } from "../../../workbook/host/hostTypes";
import type { SettingsUpdate } from "../../../workbook/operations/updateSettings";
import { validateWorkbook } from "../../../workbook/operations/validateWorkbook";
import { ErrorBar } from "../../components/ErrorBar";
import { LanguageOptions } from "../../components/LanguageOptions";
import { useOperation } from "../../hooks/useOperation";
import { localize } from "../../messages/localize";
import { settingsMessages as m } from "../../messages/settingsMessages";
import { formFromSettings, GRADE_KEYS, readForm, type FieldErrors, type SettingsForm } from "./settingsForm";
import { TieBreakOrder } from "./TieBreakOrder";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  groupError: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const loadUpdate = () => import("../../../workbook/operations/updateSettings").then((mod) => mod.updateSettings);

type Outcome = { kind: "blocked" } | { kind: "done"; update: SettingsUpdate };

export interface SettingsScreenProps {
  host: Host;
  lang: Lang;
  /** ISO time for the workbook's log. */
  now?: () => string;
  /** After the settings were written (the workbook's results are then stale). */
  onSaved?: () => void;
}

export function SettingsScreen({ host, lang, now = () => new Date().toISOString(), onSaved }: SettingsScreenProps) {
  const styles = useStyles();
  const ids = useId();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const op = useOperation();

  useEffect(() => {
    let live = true;
    validateWorkbook(host).then(
      (v) => {
        if (!live) return;
        setSettings(v.meta?.settings ?? null);
        if (v.meta) setForm(formFromSettings(v.meta.settings, lang));
      },
      () => live && setSettings(null),
    );
    return () => {
      live = false;
    };
    // The form is filled once, in the language the pane had then; switching language keeps what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const errors: FieldErrors = form && settings ? readForm(form, settings).errors : {};
  const errorOf = (key: string): string | undefined => errors[key]?.[lang];
  const edit = (change: Partial<SettingsForm>) => {
    setForm((f) => (f ? { ...f, ...change } : f));
    setOutcome(null);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!form || !settings || op.running) return;
    const { overrides } = readForm(form, settings);
    if (!overrides) {
      setOutcome({ kind: "blocked" });
      return;
    }
    void op.run(async (progress) => {
      const updateSettings = await loadUpdate();
      const update = await updateSettings(host, overrides, { now: now(), progress });
      setOutcome({ kind: "done", update });
      if (update.applied && update.settings) {
        setSettings(update.settings);
        setForm(formFromSettings(update.settings, lang));
        onSaved?.();
      }
    });
  };

  const numberField = (
    key: string,
    label: MessageDef<Record<string, never>>,
    value: string,
    set: (v: string) => void,
  ) => {
    const error = errorOf(key);
    return (
      <Field label={t(label)} validationState={error ? "error" : "none"} validationMessage={error}>
        <Input value={value} inputMode="decimal" disabled={op.running} onChange={(_, d) => set(d.value)} />
      </Field>
    );
  };

  const group = (legend: string, children: ReactNode, groupKey?: string) => {
    const error = groupKey ? errorOf(groupKey) : undefined;
    return (
      <fieldset className={styles.group} aria-describedby={error ? `${ids}-${groupKey}` : undefined}>
        <legend className={styles.legend}>{legend}</legend>
        {children}
        {error && (
          <Caption1 id={`${ids}-${groupKey}`} className={styles.groupError}>
            {error}
          </Caption1>
        )}
      </fieldset>
    );
  };

  return (
    <section aria-labelledby="settings-title" className={styles.screen}>
      <Subtitle2 as="h2" id="settings-title" className={styles.heading}>
        {t(m.title)}
      </Subtitle2>
      {settings === undefined && <Spinner size="small" />}
      {settings === null && <Body1>{t(m.unavailable)}</Body1>}
      {settings && form && (
        <form className={styles.form} onSubmit={save} noValidate>
          <Body1>{t(m.intro)}</Body1>
          <Field label={t(m.finalRule)}>
            <RadioGroup
              value={form.finalRule}
              disabled={op.running}
              onChange={(_, d) => edit({ finalRule: d.value as FinalRule })}
            >
              <Radio value="last-stage" label={t(m.lastStage)} />
              <Radio value="weighted" label={t(m.weightedRule)} />
            </RadioGroup>
          </Field>
          {form.finalRule === "weighted" &&
            group(
              t(m.weights),
              <>
                {numberField("weights.self", m.weightSelf, form.weights.self, (v) =>
                  edit({ weights: { ...form.weights, self: v } }),
                )}
                {numberField("weights.peer", m.weightPeer, form.weights.peer, (v) =>
                  edit({ weights: { ...form.weights, peer: v } }),
                )}
                {numberField("weights.review", m.weightReview, form.weights.review, (v) =>
                  edit({ weights: { ...form.weights, review: v } }),
                )}
              </>,
              "weights",
            )}
          {group(
            t(m.trimming),
            <>
              {numberField("peerTrim.dropEachSide", m.dropEachSide, form.dropEachSide, (v) =>
                edit({ dropEachSide: v }),
              )}
              {numberField("peerTrim.minRaters", m.minRaters, form.minRaters, (v) => edit({ minRaters: v }))}
            </>,
          )}
          {group(
            t(m.thresholds),
            GRADE_KEYS.map((g) => {
              const error = errorOf(`grades.thresholds.${g}`);
              return (
                <Field key={g} label={g} validationState={error ? "error" : "none"} validationMessage={error}>
                  <Input
                    value={form.thresholds[g]}
                    inputMode="decimal"
                    disabled={op.running}
                    onChange={(_, d) => edit({ thresholds: { ...form.thresholds, [g]: d.value } })}
                  />
                </Field>
              );
            }),
            "grades.thresholds",
          )}
          <Checkbox
            checked={form.floorsOn}
            disabled={op.running}
            label={t(m.floorsOn)}
            onChange={(_, d) => edit({ floorsOn: d.checked === true })}
          />
          {form.floorsOn &&
            group(
              t(m.floors),
              GRADE_KEYS.map((g) => {
                const error = errorOf(`grades.floors.${g}`);
                return (
                  <Field
                    key={g}
                    label={`${g} — ${t(m.floors)}`}
                    validationState={error ? "error" : "none"}
                    validationMessage={error}
                  >
                    <Input
                      value={form.floors[g]}
                      inputMode="decimal"
                      disabled={op.running}
                      onChange={(_, d) => edit({ floors: { ...form.floors, [g]: d.value } })}
                    />
                  </Field>
                );
              }),
            )}
          {group(
            t(m.quotas),
            <>
              {numberField("awards.flags", m.flags, form.flags, (v) => edit({ flags: v }))}
              {numberField("awards.certificateShare", m.certificateShare, form.certificateShare, (v) =>
                edit({ certificateShare: v }),
              )}
              {numberField("awards.certificateMin", m.certificateMin, form.certificateMin, (v) =>
                edit({ certificateMin: v }),
              )}
            </>,
          )}
          {group(
            t(m.tieBreak),
            <TieBreakOrder
              items={form.tieBreak}
              lang={lang}
              disabled={op.running}
              onChange={(tieBreak) => edit({ tieBreak })}
              describedBy={errorOf("tieBreak") ? `${ids}-tieBreak` : undefined}
            />,
            "tieBreak",
          )}
          <Field label={t(m.language)}>
            <Select value={form.lang} disabled={op.running} onChange={(_, d) => edit({ lang: d.value as Lang })}>
              <LanguageOptions lang={lang} />
            </Select>
          </Field>
          <Button
            type="submit"
            appearance="primary"
            disabled={op.running}
            icon={op.running ? <Spinner size="tiny" /> : undefined}
          >
            {op.running ? t(m.saving) : t(m.save)}
          </Button>
          {op.running && <ProgressBar value={op.progress ?? undefined} aria-label={t(m.saving)} />}
          {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
          <OutcomeBar outcome={outcome} lang={lang} listClass={styles.list} />
        </form>
      )}
    </section>
  );
}

function OutcomeBar({ outcome, lang, listClass }: { outcome: Outcome | null; lang: Lang; listClass: string }) {
  if (!outcome) return null;
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  if (outcome.kind === "blocked") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t(m.fixFirst)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { update } = outcome;
  if (update.applied) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{t(m.saved)}</MessageBarBody>
      </MessageBar>
    );
  }
  const refused = update.findings.some((f) => f.severity === "error");
  const messages: Bilingual[] = update.findings.map((f) => f.message);
  return (
    <MessageBar intent={refused ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        {refused && <MessageBarTitle>{t(m.refused)}</MessageBarTitle>}
        <ul className={listClass}>
          {messages.map((message, i) => (
            <li key={i}>{message[lang]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
