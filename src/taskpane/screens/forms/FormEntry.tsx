// One form made, in the list of forms to send: its unit and kind, whether it was opened, its suggested file name
// (read-only, selected on focus, copyable) and the button that opens it as a new workbook.
import { Badge, Body1Strong, Button, Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { FormPlan } from "../../../workbook/forms/planForm";
import { formsMessages as m } from "../../messages/formsMessages";
import { useT } from "../../pane/language";
import { useLock } from "../../pane/paneContext";
import { listEntryStyle } from "./listEntryStyle";

const useStyles = makeStyles({
  form: listEntryStyle(tokens.spacingVerticalXS),
  title: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  fileName: { width: "100%" },
});

export interface FormEntryProps {
  form: FormPlan;
  opened: boolean;
  onOpen: () => void;
}

export function FormEntry({ form, opened, onOpen }: FormEntryProps) {
  const styles = useStyles();
  const t = useT();
  const lock = useLock();
  const nameInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const kind = t(form.kind === "self" ? m.kindSelf : m.kindPeer);
  const which = { kind, unit: form.unit.code };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(form.fileName);
      setCopied(true);
    } catch {
      // Office may refuse the clipboard to the pane: the name is selected instead, ready for Ctrl+C.
      nameInput.current?.focus();
      nameInput.current?.select();
    }
  };

  return (
    <li className={styles.form}>
      <div className={styles.title}>
        <Body1Strong>
          {form.unit.code} {form.unit.name}
        </Body1Strong>
        <Caption1>{kind}</Caption1>
        {opened && (
          <Badge appearance="tint" color="success">
            {t(m.openedMark)}
          </Badge>
        )}
      </div>
      <Input
        ref={nameInput}
        className={styles.fileName}
        readOnly
        value={form.fileName}
        aria-label={t(m.fileNameOf, which)}
        onFocus={(event) => event.target.select()}
      />
      <div className={styles.actions}>
        <Button size="small" appearance="primary" aria-label={t(m.openOf, which)} onClick={onOpen} {...lock}>
          {t(m.open)}
        </Button>
        <Button size="small" aria-label={t(m.copyOf, which)} onClick={() => void copy()}>
          {copied ? t(m.copied) : t(m.copy)}
        </Button>
      </div>
    </li>
  );
}
