// Start: pick a built-in template or read the user's own criteria table from the selection, name the cluster and
// period, choose the scoring mode, list the member units (typed, pasted or read from the selection), then one click
// injects the scoring table into the open workbook.
import { Body1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Finding } from "../../../core/findings/findingTypes";
import { getBuiltinTemplate, listTemplates } from "../../../core/template/builtinTemplates";
import { validateUnits } from "../../../core/validation/validateUnits";
import { formatNumber } from "../../../core/messages/messageTypes";
import type { WorkbookMode } from "../../../workbook/layout/workbookLayout";
import { modeSettings } from "../../../workbook/settings/modeSettings";
import { injectTemplate } from "../../../workbook/operations/injectTemplate";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { screenMessages as m } from "../../messages/screenMessages";
import { useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { ProvinceEntry } from "../province/ProvinceEntry";
import { SelfTestEntry } from "../selftest/SelfTestEntry";
import { OwnCriteriaTable, type OwnTable } from "./OwnCriteriaTable";
import { TemplateCard } from "./TemplateCard";
import { unitLines } from "./unitLines";
import { UnitsField } from "./UnitsField";

/** The gallery's choice that stands for the user's own criteria table (no built-in has this id). */
const OWN_TABLE = "own-criteria-table";

export function StartScreen() {
  const t = useT();
  const { host, lang, now, run, injected } = usePane();
  const templates = useMemo(() => listTemplates(lang), [lang]);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [ownTable, setOwnTable] = useState<OwnTable | null>(null);
  const [clusterTitle, setClusterTitle] = useState("");
  const [period, setPeriod] = useState("");
  const [mode, setMode] = useState<WorkbookMode>("self");
  const [unitText, setUnitText] = useState("");
  const [refusal, setRefusal] = useState<Finding[]>([]);
  const detailsId = useId();

  const cluster = clusterTitle.trim() || t(m.defaultCluster);
  const checked = useMemo(() => validateUnits(unitLines(unitText, cluster)), [unitText, cluster]);
  const own = templateId === OWN_TABLE;
  const selected = own ? undefined : templates.find((s) => s.id === templateId);
  const ready = own ? ownTable?.template != null : selected !== undefined;
  const blocking = !ready || checked.findings.some((f) => f.severity === "error") || checked.units.length === 0;

  // What the chosen mode makes of the ranking score, as injection will set it (modeSettings).
  const { finalRule, weights } = modeSettings(mode);
  const percent = (share: number | undefined) => formatNumber((share ?? 0) * 100, lang);
  const finalRuleHint =
    finalRule === "weighted"
      ? t(m.finalRuleWeighted, {
          self: percent(weights?.self),
          peer: percent(weights?.peer),
          review: percent(weights?.review),
        })
      : t(m.finalRuleLastStage);

  const inject = async () => {
    const template = own ? ownTable?.template && structuredClone(ownTable.template) : getBuiltinTemplate(templateId);
    if (!template) return;
    const planned = await run("inject", (progress) =>
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
    if (planned.plan) injected();
    else setRefusal(planned.findings);
  };

  return (
    <>
      <ScreenSection id="start-title" title={t(m.startTitle)}>
        <Field label={t(m.templatesLabel)}>
          <RadioGroup value={templateId} onChange={(_, d) => setTemplateId(d.value)} aria-describedby={detailsId}>
            {templates.map((s) => (
              <Radio key={s.id} value={s.id} label={s.title} />
            ))}
            <Radio value={OWN_TABLE} label={t(m.ownTemplateOption)} />
          </RadioGroup>
        </Field>
        {selected && <TemplateCard id={detailsId} summary={selected} />}
        {own && <OwnCriteriaTable table={ownTable} onTable={setOwnTable} />}
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
        <Field label={t(m.mode)} hint={finalRuleHint}>
          <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as WorkbookMode)}>
            <Radio value="self" label={t(m.modeSelf)} />
            <Radio value="review" label={t(m.modeReview)} />
            <Radio value="cross" label={t(m.modeCross)} />
          </RadioGroup>
        </Field>
        <UnitsField text={unitText} onText={setUnitText} count={checked.units.length} findings={checked.findings} />
        {refusal.length > 0 && (
          <section aria-label={t(m.injectRefused)}>
            <Body1>{t(m.injectRefused)}</Body1>
            <FindingList findings={refusal} />
          </section>
        )}
        <RunButton
          operation="inject"
          label={m.inject}
          runningLabel={m.injecting}
          appearance="primary"
          blocked={blocking}
          onClick={() => void inject()}
        />
        <OperationStatus of={["inject"]} />
        <SelfTestEntry />
      </ScreenSection>
      {/* A Board consolidating the clusters starts from a blank workbook too. */}
      <ProvinceEntry />
    </>
  );
}
