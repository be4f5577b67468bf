// What saving the settings came to: refused before writing (a field in error), saved, or refused or left unchanged
// by the workbook layer with its reasons.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { SettingsUpdate } from "../../../workbook/operations/updateSettings";
import { settingsMessages as m } from "../../messages/settingsMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export type SettingsOutcome = { kind: "blocked" } | { kind: "done"; update: SettingsUpdate };

export function SettingsOutcomeBar({ outcome }: { outcome: SettingsOutcome | null }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  if (!outcome) return null;
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
  return (
    <MessageBar intent={refused ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        {refused && <MessageBarTitle>{t(m.refused)}</MessageBarTitle>}
        <ul className={styles.list}>
          {update.findings.map((f, i) => (
            <li key={i}>{f.message[lang]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
