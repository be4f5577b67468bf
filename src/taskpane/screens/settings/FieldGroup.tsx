// The Settings form's pieces: a group of fields under a legend (a fieldset) that may carry the group's own error, and
// a number field with the error of its settings key. Field errors are keyed by settings key ("weights.self").
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { MessageDef } from "../../../core/messages/messageTypes";
import { useLang, useT } from "../../pane/language";
import type { FieldErrors } from "./settingsForm";

const useStyles = makeStyles({
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
});

/** The message for one settings key in the pane's language, or undefined when the key has none. */
export function useFieldError(errors: FieldErrors): (key: string) => string | undefined {
  const lang = useLang();
  return (key) => errors[key]?.[lang];
}

export interface FieldGroupProps {
  legend: string;
  /** The group's own error (a rule about all its fields together, such as weights summing to 100 %). */
  error?: string;
  /** Id for the error text, when a control inside names it with aria-describedby. */
  errorId?: string;
  children: ReactNode;
}

export function FieldGroup({ legend, error, errorId: givenId, children }: FieldGroupProps) {
  const styles = useStyles();
  const ownId = useId();
  const errorId = givenId ?? ownId;
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
      {error && (
        <Caption1 id={errorId} className={styles.groupError}>
          {error}
        </Caption1>
      )}
    </fieldset>
  );
}

export interface NumberFieldProps {
  label: MessageDef<Record<string, never>> | string;
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

export function NumberField({ label, value, error, disabled, onChange }: NumberFieldProps) {
  const t = useT();
  return (
    <Field
      label={typeof label === "string" ? label : t(label)}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input value={value} inputMode="decimal" disabled={disabled} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
