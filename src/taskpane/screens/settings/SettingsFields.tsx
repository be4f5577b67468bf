// The Settings form's fields, group by group: final rule and weights, peer trimming, grade thresholds and floors,
// award quotas and names, tie-break order, the year-end meeting's vote, the time zone and the workbook's language, each
// with the error of its settings key.
import { Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useId } from "react";
import {
  BALLOT_PAPERS,
  type BallotPaper,
  type FinalRule,
  type GradeShares,
  type Lang,
  type PassBasis,
  type PassRule,
} from "../../../core/settings/settingsTypes";
import { LanguageOptions } from "../../components/LanguageOptions";
import { settingsMessages as m } from "../../messages/settingsMessages";
import { useT } from "../../pane/language";
import { FieldGroup, NumberField, useFieldError } from "./FieldGroup";
import { GRADE_KEYS, type FieldErrors, type SettingsForm } from "./settingsForm";
import { TieBreakOrder } from "./TieBreakOrder";

export interface SettingsFieldsProps {
  form: SettingsForm;
  errors: FieldErrors;
  edit: (change: Partial<SettingsForm>) => void;
  /** While the settings are being saved. */
  disabled: boolean;
}

export function SettingsFields({ form, errors, edit, disabled }: SettingsFieldsProps) {
  const t = useT();
  const errorOf = useFieldError(errors);
  const tieBreakErrorId = useId();
  const number = (
    key: string,
    label: Parameters<typeof NumberField>[0]["label"],
    value: string,
    set: (v: string) => void,
  ) => <NumberField label={label} value={value} error={errorOf(key)} disabled={disabled} onChange={set} />;
  /** A line of text (a name, a time zone) with the error of its settings key. */
  const text = (key: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field label={label} hint={hint} validationState={errorOf(key) ? "error" : "none"} validationMessage={errorOf(key)}>
      <Input value={value} disabled={disabled} onChange={(_, d) => set(d.value)} />
    </Field>
  );
  const voting = form.voting;
  const editVoting = (change: Partial<SettingsForm["voting"]>) => edit({ voting: { ...voting, ...change } });
  /** One number per grade: the thresholds, or the floors ("HTXSNV — Mức sàn …"). */
  const grades = (area: "thresholds" | "floors", label: (g: keyof GradeShares) => string) =>
    GRADE_KEYS.map((g) => (
      <NumberField
        key={g}
        label={label(g)}
        value={form[area][g]}
        error={errorOf(`grades.${area}.${g}`)}
        disabled={disabled}
        onChange={(v) => edit({ [area]: { ...form[area], [g]: v } })}
      />
    ));

  return (
    <>
      <Field label={t(m.finalRule)}>
        <RadioGroup
          value={form.finalRule}
          disabled={disabled}
          onChange={(_, d) => edit({ finalRule: d.value as FinalRule })}
        >
          <Radio value="last-stage" label={t(m.lastStage)} />
          <Radio value="weighted" label={t(m.weightedRule)} />
        </RadioGroup>
      </Field>
      {form.finalRule === "weighted" && (
        <FieldGroup legend={t(m.weights)} error={errorOf("weights")}>
          {number("weights.self", m.weightSelf, form.weights.self, (v) =>
            edit({ weights: { ...form.weights, self: v } }),
          )}
          {number("weights.peer", m.weightPeer, form.weights.peer, (v) =>
            edit({ weights: { ...form.weights, peer: v } }),
          )}
          {number("weights.review", m.weightReview, form.weights.review, (v) =>
            edit({ weights: { ...form.weights, review: v } }),
          )}
        </FieldGroup>
      )}
      <FieldGroup legend={t(m.trimming)}>
        {number("peerTrim.dropEachSide", m.dropEachSide, form.dropEachSide, (v) => edit({ dropEachSide: v }))}
        {number("peerTrim.minRaters", m.minRaters, form.minRaters, (v) => edit({ minRaters: v }))}
      </FieldGroup>
      <FieldGroup legend={t(m.thresholds)} error={errorOf("grades.thresholds")}>
        {grades("thresholds", (g) => g)}
      </FieldGroup>
      <Checkbox
        checked={form.floorsOn}
        disabled={disabled}
        label={t(m.floorsOn)}
        onChange={(_, d) => edit({ floorsOn: d.checked === true })}
      />
      {form.floorsOn && (
        <FieldGroup legend={t(m.floors)}>{grades("floors", (g) => `${g} — ${t(m.floors)}`)}</FieldGroup>
      )}
      <FieldGroup legend={t(m.quotas)}>
        {number("awards.flags", m.flags, form.flags, (v) => edit({ flags: v }))}
        {number("awards.certificateShare", m.certificateShare, form.certificateShare, (v) =>
          edit({ certificateShare: v }),
        )}
        {number("awards.certificateMin", m.certificateMin, form.certificateMin, (v) => edit({ certificateMin: v }))}
      </FieldGroup>
      <FieldGroup legend={t(m.awardNames)}>
        {text("awards.flagName", t(m.flagName), form.flagName, (v) => edit({ flagName: v }))}
        {text("awards.certificateName", t(m.certificateName), form.certificateName, (v) =>
          edit({ certificateName: v }),
        )}
      </FieldGroup>
      <FieldGroup legend={t(m.tieBreak)} error={errorOf("tieBreak")} errorId={tieBreakErrorId}>
        <TieBreakOrder
          items={form.tieBreak}
          disabled={disabled}
          onChange={(tieBreak) => edit({ tieBreak })}
          describedBy={errorOf("tieBreak") ? tieBreakErrorId : undefined}
        />
      </FieldGroup>
      <FieldGroup legend={t(m.voting)}>
        {number("voting.quorumShare", m.quorumShare, voting.quorumShare, (v) => editVoting({ quorumShare: v }))}
        {number("voting.passShare", m.passShare, voting.passShare, (v) => editVoting({ passShare: v }))}
        <Field label={t(m.passRule)}>
          <RadioGroup
            value={voting.passRule}
            disabled={disabled}
            onChange={(_, d) => editVoting({ passRule: d.value as PassRule })}
          >
            <Radio value="more-than" label={t(m.passMoreThan)} />
            <Radio value="at-least" label={t(m.passAtLeast)} />
          </RadioGroup>
        </Field>
        <Field label={t(m.passBasis)}>
          <RadioGroup
            value={voting.passBasis}
            disabled={disabled}
            onChange={(_, d) => editVoting({ passBasis: d.value as PassBasis })}
          >
            <Radio value="members" label={t(m.basisMembers)} />
            <Radio value="present" label={t(m.basisPresent)} />
          </RadioGroup>
        </Field>
        {number("voting.leaderRotationYears", m.leaderRotationYears, voting.leaderRotationYears, (v) =>
          editVoting({ leaderRotationYears: v }),
        )}
        <Field label={t(m.ballotPaper)}>
          <Select
            value={voting.ballotPaper}
            disabled={disabled}
            onChange={(_, d) => editVoting({ ballotPaper: d.value as BallotPaper })}
          >
            {BALLOT_PAPERS.map((paper) => (
              <option key={paper} value={paper}>
                {paper}
              </option>
            ))}
          </Select>
        </Field>
      </FieldGroup>
      {text("timeZone", t(m.timeZone), form.timeZone, (v) => edit({ timeZone: v }), t(m.timeZoneHint))}
      <Field label={t(m.language)}>
        <Select value={form.lang} disabled={disabled} onChange={(_, d) => edit({ lang: d.value as Lang })}>
          <LanguageOptions />
        </Select>
      </Field>
    </>
  );
}
