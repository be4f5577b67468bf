// Step 2, Thông tin cuộc họp: the chosen cluster's particulars (date, times, place, chair, secretary, attendees,
// absent members, this year's leader and deputy, earlier leaders), filled from the Cuộc họp sheet and saved once
// through setMeetingParticulars. A value it cannot read is shown at its field, with the link to its cell.
import {
  Body1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { unitLabel } from "../../../core/ranking/unitLabel";
import { particularLabel } from "../../../workbook/meeting/meetingSheets";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import type { ReadyMeeting } from "../../../workbook/operations/readMeetingState";
import { setMeetingParticulars } from "../../../workbook/operations/setMeetingParticulars";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useLang, useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { MeetingFindings } from "./MeetingFindings";
import {
  changedParticulars,
  formOf,
  LONG_FIELDS,
  PARTICULAR_FIELDS,
  UNIT_FIELDS,
  type ParticularField,
  type ParticularsForm,
} from "./particularsForm";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** What the fields show as examples: the forms the minutes read. */
const PLACEHOLDERS: Partial<Record<ParticularField, string>> = {
  date: "15/12/2026",
  startTime: "8 giờ 00",
  endTime: "11 giờ 30",
};

type Outcome =
  { kind: "saved"; cluster: string } | { kind: "unchanged" } | { kind: "refused"; findings: LocatedFinding[] };

export interface ParticularsStepProps {
  state: ReadyMeeting;
  cluster: string;
  refresh: () => void;
}

export function ParticularsStep({ state, cluster, refresh }: ParticularsStepProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { host, now, run } = usePane();
  const lock = useLock();
  // What the user typed, per cluster, until saved: switching clusters keeps it.
  const [typed, setTyped] = useState<Readonly<Record<string, ParticularsForm>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const read = state.meeting.particulars?.byCluster.get(cluster);
  const form = typed[cluster] ?? formOf(read);
  const members = state.units.filter((u) => u.cluster === cluster);
  const errors = new Map(
    (outcome?.kind === "refused" ? outcome.findings : []).map((f) => [f.location.field, f.message[lang]]),
  );

  const edit = (field: ParticularField, value: string) => {
    setTyped((before) => ({ ...before, [cluster]: { ...form, [field]: value } }));
    setOutcome(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (lock.disabled) return;
    const values = changedParticulars(form, read);
    if (Object.keys(values).length === 0) return setOutcome({ kind: "unchanged" });
    const result = await run("save-particulars", (progress) =>
      setMeetingParticulars(host, { now: now(), cluster, values, progress }),
    );
    if (!result) return;
    if (result.findings.length > 0) return setOutcome({ kind: "refused", findings: result.findings });
    setOutcome({ kind: "saved", cluster });
    setTyped(({ [cluster]: _saved, ...others }) => others);
    refresh();
  };

  const field = (name: ParticularField) => {
    const label = particularLabel(name, lang, state.body, state.year);
    const error = errors.get(name);
    const common = { value: form[name] };
    return (
      <Field key={name} label={label} validationState={error ? "error" : "none"} validationMessage={error}>
        {UNIT_FIELDS.has(name) ? (
          <Select value={form[name]} onChange={(_, d) => edit(name, d.value)}>
            <option value="">{t(m.notChosen)}</option>
            {/* A code typed on the sheet that is not one of the cluster's units stays visible, to be corrected. */}
            {form[name] !== "" && !members.some((u) => u.code === form[name]) && (
              <option value={form[name]}>{form[name]}</option>
            )}
            {members.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} {unitLabel(u)}
              </option>
            ))}
          </Select>
        ) : LONG_FIELDS.has(name) ? (
          <Textarea {...common} resize="vertical" onChange={(_, d) => edit(name, d.value)} />
        ) : (
          <Input {...common} placeholder={PLACEHOLDERS[name]} onChange={(_, d) => edit(name, d.value)} />
        )}
      </Field>
    );
  };

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <Body1>{t(m.particularsIntro, { cluster })}</Body1>
      {PARTICULAR_FIELDS.map(field)}
      <RunButton
        operation="save-particulars"
        label={m.saveParticulars}
        runningLabel={m.savingParticulars}
        appearance="primary"
        type="submit"
      />
      <OperationStatus of={["save-particulars"]} />
      {outcome?.kind === "saved" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(m.particularsSaved, { cluster: outcome.cluster })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "unchanged" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(m.particularsUnchanged)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "refused" && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t(m.particularsRefused)}</MessageBarBody>
          </MessageBar>
          <MeetingFindings findings={outcome.findings} />
        </>
      )}
    </form>
  );
}
