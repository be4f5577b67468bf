// Kiểm tra (Validate): runs the workbook's validation and shows the findings grouped by severity and sheet, with a
// link to each cell and the core's one-click fixes, then validates again.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Severity } from "../../core/findings/findingTypes";
import type { MessageDef } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host } from "../../workbook/host/hostTypes";
import { applyFixes, isFixable } from "../../workbook/operations/applyFixes";
import type { LocatedFinding } from "../../workbook/operations/locatedFinding";
import { validateWorkbook, type WorkbookValidation } from "../../workbook/operations/validateWorkbook";
import { ErrorBar } from "../components/ErrorBar";
import { FindingItem } from "../components/FindingItem";
import { useOperation } from "../hooks/useOperation";
import { localize } from "../messages/localize";
import { screenMessages as m } from "../messages/screenMessages";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const SEVERITIES: { severity: Severity; label: MessageDef<{ count: number }> }[] = [
  { severity: "error", label: m.severityError },
  { severity: "warning", label: m.severityWarning },
  { severity: "info", label: m.severityInfo },
];

/** Findings of one severity by sheet, sheets in order of first appearance. */
function bySheet(findings: readonly LocatedFinding[]): [string | null, LocatedFinding[]][] {
  const groups = new Map<string | null, LocatedFinding[]>();
  for (const f of findings) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups.entries()];
}

export interface ValidateScreenProps {
  host: Host;
  lang: Lang;
  /** A validation already run (the pane validates on opening a workbook), null for none yet. */
  initial: WorkbookValidation | null;
  /** ISO time for the log row of a fix (a prop so tests are deterministic). */
  now?: () => string;
}

export function ValidateScreen({ host, lang, initial, now = () => new Date().toISOString() }: ValidateScreenProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const [validation, setValidation] = useState<WorkbookValidation | null>(initial);
  const [fixed, setFixed] = useState<number | null>(null);
  const op = useOperation();

  const validate = () =>
    void op.run(async () => {
      setValidation(await validateWorkbook(host));
      setFixed(null);
    });

  const fix = (findings: LocatedFinding[]) =>
    void op.run(async () => {
      // The fixes go into the workbook's log (Nhật ký) in the same write, with the validation they came from.
      const log = validation ? { parsed: validation.parsed, now: now() } : undefined;
      const count = await applyFixes(host, findings, validation?.parsed.layout ?? null, log);
      setValidation(await validateWorkbook(host));
      setFixed(count);
    });

  const select = (f: LocatedFinding) =>
    void op.run(async () => {
      if (f.sheet && f.cell) await host.select(f.sheet, f.cell);
    });

  const findings = validation?.findings ?? [];
  const fixable = findings.filter(isFixable);

  return (
    <section aria-labelledby="validate-title" className={styles.screen}>
      <Subtitle2 as="h2" id="validate-title" className={styles.heading}>
        {t(m.validateTitle)}
      </Subtitle2>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={op.running}
          onClick={validate}
          icon={op.running ? <Spinner size="tiny" /> : undefined}
        >
          {op.running ? t(m.validateRunning) : t(m.validateRun)}
        </Button>
        {fixable.length > 0 && (
          <Button disabled={op.running} onClick={() => fix(fixable)}>
            {localize(m.applyAllFixes, lang, { count: fixable.length })}
          </Button>
        )}
      </div>
      {op.error && <ErrorBar error={op.error} lang={lang} onDismiss={op.dismiss} />}
      {fixed !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{localize(m.fixesApplied, lang, { count: fixed })}</MessageBarBody>
        </MessageBar>
      )}
      {!validation && <Body1>{t(m.validateEmpty)}</Body1>}
      {validation && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t(m.validateClean)}</MessageBarBody>
        </MessageBar>
      )}
      {SEVERITIES.map(({ severity, label }) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} className={styles.group}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {localize(label, lang, { count: ofSeverity.length })}
            </Subtitle2>
            {bySheet(ofSeverity).map(([sheet, items]) => (
              <div key={sheet ?? ""}>
                <h4 className={styles.sheet}>
                  {localize(m.sheetCount, lang, { sheet: sheet ?? t(m.noSheet), count: items.length })}
                </h4>
                <ul className={styles.list}>
                  {items.map((f, i) => (
                    <FindingItem
                      key={i}
                      finding={f}
                      lang={lang}
                      disabled={op.running}
                      onSelect={() => select(f)}
                      onFix={isFixable(f) ? () => fix([f]) : undefined}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
