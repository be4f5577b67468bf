// Cài đặt (Settings): edits the workbook's settings (final rule and weights, trimming, thresholds and floors, quotas
// and award names, tie-break order, the meeting's vote, time zone, language), checks each field as it is typed, and saves them through updateSettings, which rebuilds
// the workbook's formulas; afterwards the ranking must be run again.
import { Body1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import type { Settings } from "../../../core/settings/settingsTypes";
import { validateWorkbook } from "../../../workbook/operations/validateWorkbook";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { settingsMessages as m } from "../../messages/settingsMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { formFromSettings, readForm, type FieldErrors, type SettingsForm } from "./settingsForm";
import { SettingsFields } from "./SettingsFields";
import { SettingsOutcomeBar, type SettingsOutcome } from "./SettingsOutcome";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const loadUpdate = () => import("../../../workbook/operations/updateSettings").then((mod) => mod.updateSettings);

export function SettingsScreen() {
  const styles = useStyles();
  const t = useT();
  const { host, lang, now, run, running } = usePane();
  const lock = useLock();
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [outcome, setOutcome] = useState<SettingsOutcome | null>(null);
  const saving = running?.name === "save-settings";

  // Read afresh each time the screen opens: the settings may have been edited on their sheet meanwhile.
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
  const edit = (change: Partial<SettingsForm>) => {
    setForm((f) => (f ? { ...f, ...change } : f));
    setOutcome(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!form || !settings || lock.disabled) return;
    const { overrides } = readForm(form, settings);
    if (!overrides) return setOutcome({ kind: "blocked" });
    const update = await run("save-settings", async (progress) =>
      (await loadUpdate())(host, overrides, { now: now(), progress }),
    );
    if (!update) return;
    setOutcome({ kind: "done", update });
    if (update.applied && update.settings) {
      setSettings(update.settings);
      setForm(formFromSettings(update.settings, lang));
    }
  };

  return (
    <ScreenSection id="settings-title" title={t(m.title)}>
      {settings === undefined && <Spinner size="small" />}
      {settings === null && <Body1>{t(m.unavailable)}</Body1>}
      {settings && form && (
        <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
          <Body1>{t(m.intro)}</Body1>
          <SettingsFields form={form} errors={errors} edit={edit} disabled={saving} />
          <RunButton
            operation="save-settings"
            label={m.save}
            runningLabel={m.saving}
            appearance="primary"
            type="submit"
          />
          <OperationStatus of={["save-settings"]} />
          <SettingsOutcomeBar outcome={outcome} />
        </form>
      )}
    </ScreenSection>
  );
}
