// One row of the vote table in the tally step, as a group of fields named by what is voted on: a score candidate
// (ballots in favour and against), a nomination for next year's leader or deputy (the unit, then ballots), or a row
// the meeting fills (what is voted on, the unit, the written reason for an added candidate, ballots). Problems the
// pane sees at once and the tally's errors for the row are shown at their fields.
import { Button, Caption1, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { AWARD_TERMS } from "../../../core/messages/glossary";
import { formatNumber, type MessageDef } from "../../../core/messages/messageTypes";
import type { BodyKind } from "../../../core/messages/votingMessages";
import type { Unit } from "../../../core/model/unitTypes";
import { unitLabel } from "../../../core/ranking/unitLabel";
import type { StandingUnit } from "../../../core/voting/clusterStanding";
import { isAwardMatter, VOTE_MATTERS, type VoteMatter } from "../../../core/voting/votingTypes";
import { matterLabel } from "../../../workbook/meeting/matterLabels";
import type { VoteRowRead } from "../../../workbook/meeting/readMeeting";
import { ballotMessages } from "../../../workbook/messages/ballotMessages";
import { meetingMessages as sheetWords } from "../../../workbook/messages/meetingMessages";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import { meetingScreenMessages as m } from "../../messages/meetingScreenMessages";
import { useLang, useT } from "../../pane/language";
import type { RowDraft, RowProblem, RowProblems } from "./voteDrafts";

const useStyles = makeStyles({
  group: {
    margin: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXXS,
    overflowWrap: "anywhere",
  },
  // Bottom-aligned: when one label wraps onto two lines, the two inputs still sit side by side.
  counts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  // Two counts side by side at 350 px: each input takes its column's width, not the width of 20 characters.
  count: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  remove: { alignSelf: "flex-start" },
});

const PROBLEM_TEXT: Record<RowProblem, MessageDef<Record<string, never>>> = {
  countBad: m.countBad,
  unitNeeded: m.unitNeeded,
  matterNeeded: m.matterNeeded,
  reasonNeeded: m.reasonNeeded,
};

export interface VoteRowEntryProps {
  row: VoteRowRead;
  draft: RowDraft;
  problems: RowProblems;
  /** The last tally's errors on this row. */
  errors: readonly LocatedFinding[];
  /** The cluster's units in rank order, with their standing. */
  units: readonly StandingUnit[];
  body: BodyKind;
  year: number | null;
  onChange: (draft: RowDraft) => void;
  /** Clears a row the meeting filled. */
  onClear?: () => void;
}

export function VoteRowEntry({
  row,
  draft,
  problems,
  errors,
  units,
  body,
  year,
  onChange,
  onClear,
}: VoteRowEntryProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const standing = units.find((u) => u.unit.code === draft.unit) ?? null;
  const set = (change: Partial<RowDraft>) => onChange({ ...draft, ...change });
  const next = ballotMessages.nextYear[lang]({ year: year === null ? 0 : year + 1 });
  const legend =
    row.kind === "score" && draft.matter && isAwardMatter(draft.matter)
      ? t(m.candidateLegend, {
          matter: AWARD_TERMS[draft.matter].short[lang],
          unit: standing ? unitLabel(standing.unit) : draft.unit,
        })
      : row.kind === "leader" || row.kind === "deputy"
        ? t(m.nominationLegend, { role: matterLabel(row.kind, body, lang), year: next })
        : t(m.addedLegend);
  // What the pane sees at once is shown at its field; the tally's errors, which may concern the row as a whole (a
  // flag past rank 1), under the row's title.
  const fieldProps = (field: keyof RowProblems) => {
    const problem = problems[field];
    return problem
      ? { validationState: "error" as const, validationMessage: t(PROBLEM_TEXT[problem]) }
      : { validationState: "none" as const };
  };
  const unitOptions = (chosen: string, list: readonly Unit[]) => (
    <>
      <option value="">{t(m.notChosen)}</option>
      {chosen !== "" && !list.some((u) => u.code === chosen) && <option value={chosen}>{chosen}</option>}
      {list.map((u) => (
        <option key={u.code} value={u.code}>
          {u.code} {unitLabel(u)}
        </option>
      ))}
    </>
  );
  const count = (field: "yes" | "no", label: MessageDef<Record<string, never>>) => (
    <Field label={t(label)} {...fieldProps(field)}>
      <Input
        className={styles.count}
        inputMode="numeric"
        value={draft[field]}
        onChange={(_, d) => set({ [field]: d.value })}
      />
    </Field>
  );

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {errors.map((f, i) => (
        <Caption1 key={i} block className={styles.error}>
          {f.message[lang]}
        </Caption1>
      ))}
      {row.kind === "score" && standing && (
        <Caption1>
          {t(m.standingCaption, {
            rank: standing.rank,
            final: formatNumber(standing.final, lang),
            grade: standing.grade,
          })}
        </Caption1>
      )}
      {row.kind === "spare" && (
        <Field label={t(m.matter)} {...fieldProps("matter")}>
          <Select
            value={draft.matter ?? ""}
            onChange={(_, d) => set({ matter: d.value === "" ? null : (d.value as VoteMatter) })}
          >
            <option value="">{t(m.notChosen)}</option>
            {VOTE_MATTERS.map((matter) => (
              <option key={matter} value={matter}>
                {matterLabel(matter, body, lang)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {row.kind !== "score" && (
        <Field label={t(m.nominee)} {...fieldProps("unit")}>
          <Select value={draft.unit} onChange={(_, d) => set({ unit: d.value })}>
            {unitOptions(
              draft.unit,
              units.map((u) => u.unit),
            )}
          </Select>
        </Field>
      )}
      {row.kind === "spare" && standing && (
        <Caption1>
          {t(m.standingCaption, {
            rank: standing.rank,
            final: formatNumber(standing.final, lang),
            grade: standing.grade,
          })}
        </Caption1>
      )}
      {row.kind === "spare" && (draft.matter === null || isAwardMatter(draft.matter)) && (
        <Field label={t(m.reason)} {...fieldProps("reason")}>
          <Textarea value={draft.reason} resize="vertical" onChange={(_, d) => set({ reason: d.value })} />
        </Field>
      )}
      <div className={styles.counts}>
        {count("yes", sheetWords.colYes)}
        {count("no", sheetWords.colNo)}
      </div>
      {onClear && (
        <Button size="small" appearance="subtle" className={styles.remove} onClick={onClear}>
          {t(m.removeRow)}
        </Button>
      )}
    </fieldset>
  );
}
