// Start: pick a built-in template or read the user's own criteria table from the selection, name the cluster and
// period, choose the scoring mode, list the member units (typed, pasted or read from the selection), then one click
// injects the scoring table into the open workbook.
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/findingTypes";
import type { MessageDef } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { getBuiltinTemplate, listTemplates } from "../../core/template/builtinTemplates";
import { validateUnits } from "../../core/validation/validateUnits";
import type { Host } from "../../workbook/host/hostTypes";
import type { WorkbookMode } from "../../workbook/layout/workbookLayout";
import { injectTemplate } from "../../workbook/operations/injectTemplate";
import { ErrorBar } from "../components/ErrorBar";
import { FindingItem } from "../components/FindingItem";
import { useOperation } from "../hooks/useOperation";
import { localize } from "../messages/localize";
import { screenMessages as m } from "../messages/screenMessages";
import { unitLines } from "../unitLines";
import { OwnCriteriaTable, type OwnTable } from "./start/OwnCriteriaTable";
import { TemplateCard } from "./start/TemplateCard";
import { UnitsField } from "./start/UnitsField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  findings: { listStyleType: "none", margin: 0, padding: 0 },
});

/** The gallery's choice that stands for the user's own criteria table (no built-in has this id). */
const OWN_TABLE = "own-criteria-table";

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
  const [ownTable, setOwnTable] = useState<OwnTable | null>(null);
  const [clusterTitle, setClusterTitle] = useState("");
  const [period, setPeriod] = useState("");
  const [mode, setMode] = useState<WorkbookMode>("self");
  const [unitText, setUnitText] = useState("");
  const [refusal, setRefusal] = useState<Finding[]>([]);
  const op = useOperation();
  const detailsId = useId();

  const cluster = clusterTitle.trim() || t(m.defaultCluster);
  const checked = useMemo(() => validateUnits(unitLines(unitText, cluster)), [unitText, cluster]);
  const own = templateId === OWN_TABLE;
  const selected = own ? undefined : templates.find((s) => s.id === templateId);
  const ready = own ? ownTable?.template != null : selected !== undefined;
  const blocking = !ready || checked.findings.some((f) => f.severity === "error") || checked.units.length === 0;

  const inject = async () => {
    const template = own ? ownTable?.template && structuredClone(ownTable.template) : getBuiltinTemplate(templateId);
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
          <Radio value={OWN_TABLE} label={t(m.ownTemplateOption)} />
        </RadioGroup>
      </Field>
      {selected && <TemplateCard id={detailsId} summary={selected} lang={lang} />}
      {own && <OwnCriteriaTable host={host} lang={lang} table={ownTable} onTable={setOwnTable} />}
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
      <UnitsField
        host={host}
        lang={lang}
        text={unitText}
        onText={setUnitText}
        count={checked.units.length}
        findings={checked.findings}
      />
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
