// Phiếu gửi đi (forms out): makes the forms of the open workbook (makeForms through the pane's host), warns first
// when forms were made before (new ids: forms already sent would be refused), then lists each form with its
// suggested file name (copyable) and opens one, or all in turn, as new Excel workbooks for the user to save and email.
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type ReactNode } from "react";
import { render, type MessageDef } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import type { FormPlan } from "../../../workbook/forms/planForm";
import type { Host } from "../../../workbook/host/hostTypes";
import { makeForms, type MadeForms } from "../../../workbook/operations/makeForms";
import { FindingItem } from "../../components/FindingItem";
import { formsMessages as m } from "../../messages/formsMessages";
import { localize } from "../../messages/localize";
import type { RunJob } from "./formsJob";
import { formsSectionStyles, listEntryStyle } from "./formsSectionStyles";
import type { OpenWorkbook } from "./workbookOpener";
import { formBytes } from "./xlsxFiles";

const useStyles = makeStyles({
  ...formsSectionStyles,
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  form: listEntryStyle(tokens.spacingVerticalXS),
  title: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  fileName: { width: "100%" },
});

export interface FormsOutProps {
  host: Host;
  lang: Lang;
  now: () => string;
  openWorkbook: OpenWorkbook;
  /** The workbook already records forms made earlier: making them again needs a confirmation. */
  issued: boolean;
  run: RunJob;
  busy: boolean;
  /** The running job's progress and error, when this section started it. */
  status: ReactNode;
}

const formKey = (form: FormPlan) => `${form.kind}:${form.unit.code}`;

export function FormsOut({ host, lang, now, openWorkbook, issued, run, busy, status }: FormsOutProps) {
  const styles = useStyles();
  const t = (def: MessageDef<Record<string, never>>) => localize(def, lang);
  const [made, setMade] = useState<MadeForms | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [madeBefore, setMadeBefore] = useState(issued);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [copied, setCopied] = useState<string | null>(null);
  const [openedNow, setOpenedNow] = useState<number | null>(null);
  const nameInputs = useRef(new Map<string, HTMLInputElement>());
  const forms = made?.forms ?? [];
  const kindOf = (form: FormPlan) => t(form.kind === "self" ? m.kindSelf : m.kindPeer);
  const which = (form: FormPlan) => ({ kind: kindOf(form), unit: form.unit.code });

  const make = (newIds: boolean) => {
    setConfirming(false);
    run("out", async (report) => {
      const result = await makeForms(host, { now: now(), newIds, progress: (p) => report(p.fraction, p.step) });
      setMade(result);
      setOpened(new Set());
      setOpenedNow(null);
      if (result.plan) setMadeBefore(true);
    });
  };

  const open = (chosen: FormPlan[]) =>
    run("out", async (report) => {
      setOpenedNow(null);
      for (const [i, form] of chosen.entries()) {
        report(i / chosen.length, render(m.opening, { index: i + 1, total: chosen.length }));
        await openWorkbook(await formBytes(form));
        setOpened((before) => new Set(before).add(formKey(form)));
      }
      setOpenedNow(chosen.length);
    });

  const copy = async (form: FormPlan) => {
    const input = nameInputs.current.get(formKey(form));
    try {
      await navigator.clipboard.writeText(form.fileName);
      setCopied(formKey(form));
    } catch {
      // Office may refuse the clipboard to the pane: the name is selected instead, ready for Ctrl+C.
      input?.focus();
      input?.select();
    }
  };

  return (
    <section aria-labelledby="forms-out-title" className={styles.section}>
      <Subtitle2 as="h2" id="forms-out-title" className={styles.heading}>
        {t(m.outTitle)}
      </Subtitle2>
      <Body1>{t(m.outIntro)}</Body1>
      {madeBefore && <Body1>{t(m.remakeNote)}</Body1>}
      {confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(m.remakeWarning)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => make(true)}>
              {t(m.remakeConfirm)}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t(m.cancel)}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => make(false)}>
            {t(m.make)}
          </Button>
          {madeBefore && (
            <Button disabled={busy} onClick={() => setConfirming(true)}>
              {t(m.newIds)}
            </Button>
          )}
        </div>
      )}
      {status}
      {made && !made.plan && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t(m.notMade)}</MessageBarBody>
          </MessageBar>
          <ul className={styles.findings}>
            {made.findings.map((f, i) => (
              <FindingItem key={i} finding={f} lang={lang} />
            ))}
          </ul>
        </>
      )}
      {forms.length > 0 && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {localize(m.made, lang, { count: forms.length })} {t(m.saveHint)}
            </MessageBarBody>
          </MessageBar>
          <Button disabled={busy} onClick={() => open(forms)}>
            {t(m.openAll)}
          </Button>
          {openedNow !== null && <Body1>{localize(m.opened, lang, { count: openedNow })}</Body1>}
          <ul className={styles.list} aria-label={t(m.formsTable)}>
            {forms.map((form) => {
              const key = formKey(form);
              return (
                <li key={key} className={styles.form}>
                  <div className={styles.title}>
                    <Body1Strong>
                      {form.unit.code} {form.unit.name}
                    </Body1Strong>
                    <Caption1>{kindOf(form)}</Caption1>
                    {opened.has(key) && (
                      <Badge appearance="tint" color="success">
                        {t(m.openedMark)}
                      </Badge>
                    )}
                  </div>
                  <Input
                    ref={(element) => {
                      if (element) nameInputs.current.set(key, element);
                      else nameInputs.current.delete(key);
                    }}
                    className={styles.fileName}
                    readOnly
                    value={form.fileName}
                    aria-label={localize(m.fileNameOf, lang, which(form))}
                    onFocus={(event) => event.target.select()}
                  />
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={busy}
                      aria-label={localize(m.openOf, lang, which(form))}
                      onClick={() => open([form])}
                    >
                      {t(m.open)}
                    </Button>
                    <Button
                      size="small"
                      aria-label={localize(m.copyOf, lang, which(form))}
                      onClick={() => void copy(form)}
                    >
                      {copied === key ? t(m.copied) : t(m.copy)}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
