// Kiểm tra (Validate): runs the workbook's validation and shows the findings grouped by severity and sheet, with a
// link to each cell and the core's one-click fixes, then validates again. The validation shown is the pane's
// workbook as last read, so it opens with the one the pane read on opening the workbook.
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { applyFixes, isFixable } from "../../../workbook/operations/applyFixes";
import type { LocatedFinding } from "../../../workbook/operations/locatedFinding";
import { validateWorkbook } from "../../../workbook/operations/validateWorkbook";
import { OperationStatus } from "../../components/OperationStatus";
import { RunButton } from "../../components/RunButton";
import { ScreenSection } from "../../components/ScreenSection";
import { screenMessages as m } from "../../messages/screenMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { FindingGroups } from "./FindingGroups";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export function ValidateScreen() {
  const styles = useStyles();
  const t = useT();
  const { host, now, run, workbook, validated } = usePane();
  const lock = useLock();
  const validation = workbook.validation;
  const [fixed, setFixed] = useState<number | null>(null);

  const validate = () =>
    void run("validate", async () => {
      validated(await validateWorkbook(host));
      setFixed(null);
    });

  const fix = (findings: LocatedFinding[]) =>
    void run("fix", async () => {
      // The fixes go into the workbook's log (Nhật ký) in the same write, with the validation they came from.
      const log = validation ? { parsed: validation.parsed, now: now() } : undefined;
      const count = await applyFixes(host, findings, validation?.parsed.layout ?? null, log);
      validated(await validateWorkbook(host));
      setFixed(count);
    });

  const select = (f: LocatedFinding) =>
    void run("select-cell", async () => {
      if (f.sheet && f.cell) await host.select(f.sheet, f.cell);
    });

  const findings = validation?.findings ?? [];
  const fixable = findings.filter(isFixable);

  return (
    <ScreenSection id="validate-title" title={t(m.validateTitle)}>
      <div className={styles.actions}>
        <RunButton
          operation="validate"
          label={m.validateRun}
          runningLabel={m.validateRunning}
          appearance="primary"
          onClick={validate}
        />
        {fixable.length > 0 && (
          <Button onClick={() => fix(fixable)} {...lock}>
            {t(m.applyAllFixes, { count: fixable.length })}
          </Button>
        )}
      </div>
      <OperationStatus of={["validate", "fix", "select-cell"]} />
      {fixed !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{t(m.fixesApplied, { count: fixed })}</MessageBarBody>
        </MessageBar>
      )}
      {!validation && <Body1>{t(m.validateEmpty)}</Body1>}
      {validation && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t(m.validateClean)}</MessageBarBody>
        </MessageBar>
      )}
      <FindingGroups findings={findings} onSelect={select} onFix={(f) => fix([f])} />
    </ScreenSection>
  );
}
