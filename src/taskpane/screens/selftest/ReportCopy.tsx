// The self-test's report as plain text in a read-only box, and "Sao chép": the Clipboard API where Office allows it,
// else the box's text selected and copied the old way, else selected for the user's Ctrl+C.
import { Button, Caption1, Field, makeStyles, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  selfTestReportText,
  type ExcelEnvironment,
  type SelfTestResult,
} from "../../../workbook/selftest/selfTestReport";
import { selfTestPaneMessages as m } from "../../messages/selfTestMessages";
import { useLang, useT } from "../../pane/language";

const useStyles = makeStyles({
  report: { width: "100%" },
  text: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: "12px" },
  copy: { alignSelf: "flex-start" },
});

/** Copies through the Clipboard API, else by selecting the box and the copy command; false when neither worked. */
async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Office may refuse the clipboard to the pane (permissions policy): the copy command still works in most hosts.
    box?.focus();
    box?.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

export function ReportCopy({ result, environment }: { result: SelfTestResult; environment: ExcelEnvironment }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const box = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const text = selfTestReportText(result, environment, lang);
  return (
    <>
      <Field label={t(m.reportLabel)} className={styles.report}>
        <Textarea
          ref={box}
          readOnly
          value={text}
          rows={12}
          resize="vertical"
          textarea={{ className: styles.text }}
          onFocus={(event) => event.target.select()}
        />
      </Field>
      <Button className={styles.copy} onClick={() => void copyText(text, box.current).then(setCopied)}>
        {t(m.copy)}
      </Button>
      <div aria-live="polite">
        {copied !== null && <Caption1 role="status">{t(copied ? m.copied : m.copyFailed)}</Caption1>}
      </div>
    </>
  );
}
