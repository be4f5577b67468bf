// Start: pick a built-in template, name the cluster and period, choose the scoring mode, list the member units,
// then one click injects the scoring table into the open workbook.
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/findingTypes";
import { formatNumber, type MessageDef } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { getBuiltinTemplate, listTemplates } from "../../core/template/builtinTemplates";
import { validateUnits } from "../../core/validation/validateUnits";
import type { Host } from "../../workbook/host/hostTypes";
import type { WorkbookMode } from "../../workbook/layout/workbookLayout";
import { injectTemplate } from "../../workbook/operations/injectTemplate";
import { ErrorBar } from "../components/ErrorBar";
import { FindingItem } from "../components/FindingItem";
import { useOperation } from "../hooks/useOperation";
import { localize } from "../i18n/localize";
import { screenMessages as m } from "../i18n/screenMessages";
import { unitLines } from "../unitLines";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  card: { rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  findings: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface StartScreenProps {
  host: Host;
  lang: Lang;
  /** ISO time for the workbook's log. */
  now: () => string;
  /** Called once the table is in the workbook. */
  onInjected: () => void;
}

export function StartScreen({ host, lang, now, onInjected }: StartScreenProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const templates = useMemo(() => listTemplates(lang), [lang]);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [clusterTitle, setClusterTitle] = useState("");
  const [period, setPeriod] = useState("");
  const [mode, setMode] = useState<WorkbookMode>("self");
  const [unitText, setUnitText] = useState("");
  const [refusal, setRefusal] = useState<Finding[]>([]);
  const op = useOperation();
  const detailsId = useId();

  const cluster = clusterTitle.trim() || t(m.defaultCluster);
  const checked = useMemo(() => validateUnits(unitLines(unitText, cluster)), [unitText, cluster]);
  const selected = templates.find((s) => s.id === templateId);
  const blocking = checked.findings.some((f) => f.severity === "error") || checked.units.length === 0;

  const inject = async () => {
    const template = getBuiltinTemplate(templateId);
    if (!template) return;
    const planned = await op.run((progress) =>
      injectTemplate(
        host,
        template,
        checked.units,
        undefined,
        {
          mode,
          period: period.trim() || String(new Date(now()).getUTCFullYear()),
          ...(clusterTitle.trim() ? { clusterTitle: clusterTitle.trim() } : {}),
          lang,
          now: now(),
        },
        progress,
      ),
    );
    if (!planned) return;
    if (planned.plan) onInjected();
    else setRefusal(planned.findings);
  };

  return (
    <section aria-labelledby="start-title" className={styles.form}>
      <Subtitle2 as="h2" id="start-title" className={styles.heading}>
        {t(m.startTitle)}
      </Subtitle2>
      <Field label={t(m.templatesLabel)}>
        <RadioGroup value={templateId} onChange={(_, d) => setTemplateId(d.value)} aria-describedby={detailsId}>
          {templates.map((s) => (
            <Radio key={s.id} value={s.id} label={s.title} />
          ))}
        </RadioGroup>
      </Field>
      {selected && (
        <Card id={detailsId} className={styles.card} appearance="filled-alternative">
          <Body1>
            {localize(m.templateScale, lang, {
              scale: formatNumber(selected.scale, lang),
              groups: selected.groups.length,
            })}
          </Body1>
          <ul className={styles.list} aria-label={selected.title}>
            {selected.groups.map((g) => (
              <li key={g.code}>
                <Caption1>
                  {localize(m.templateGroup, lang, { code: g.code, title: g.title, max: formatNumber(g.max, lang) })}
                </Caption1>
              </li>
            ))}
          </ul>
          {selected.legalBasis.length > 0 && (
            <Caption1 className={styles.muted}>
              {t(m.legalBasis)}: {selected.legalBasis.map((d) => d.number).join("; ")}
            </Caption1>
          )}
        </Card>
      )}
      <Field label={t(m.clusterTitle)}>
        <Input value={clusterTitle} onChange={(_, d) => setClusterTitle(d.value)} />
      </Field>
      <Field label={t(m.period)}>
        <Input
          value={period}
          onChange={(_, d) => setPeriod(d.value)}
          placeholder={String(new Date(now()).getUTCFullYear())}
        />
      </Field>
      <Field label={t(m.mode)}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as WorkbookMode)}>
          <Radio value="self" label={t(m.modeSelf)} />
          <Radio value="review" label={t(m.modeReview)} />
          <Radio value="cross" label={t(m.modeCross)} />
        </RadioGroup>
      </Field>
      <Field label={t(m.units)} hint={t(m.unitsHint)}>
        <Textarea value={unitText} onChange={(_, d) => setUnitText(d.value)} rows={6} resize="vertical" />
      </Field>
      <Caption1 aria-live="polite">{localize(m.unitsCount, lang, { count: checked.units.length })}</Caption1>
      {checked.findings.length > 0 && (
        <ul className={styles.findings} aria-label={t(m.units)}>
          {checked.findings.map((f, i) => (
            <FindingItem key={i} finding={f} lang={lang} />
          ))}
        </ul>
      )}
      {refusal.length > 0 && (
        <section aria-label={t(m.injectRefused)}>
          <Body1>{t(m.injectRefused)}</Body1>
          <ul className={styles.findings}>
            {refusal.map((f, i) => (
              <FindingItem key={i} finding={f} lang={lang} />
            ))}
          </ul>
        </section>
      )}
      {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
      <Button
        appearance="primary"
        disabled={op.running || blocking}
        onClick={() => void inject()}
        icon={op.running ? <Spinner size="tiny" /> : undefined}
      >
        {op.running ? t(m.injecting) : t(m.inject)}
      </Button>
      {op.running && <ProgressBar value={op.progress ?? undefined} aria-label={t(m.injecting)} />}
    </section>
  );
}
