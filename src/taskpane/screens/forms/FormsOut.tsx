// Phiếu gửi đi (forms out): makes the forms of the open workbook (makeForms through the pane's host), warns first
// when forms were made before (new ids: forms already sent would be refused), then lists each form with its
// suggested file name and opens one, all in turn, or those not yet opened, as new Excel workbooks for the user to save
// and email. An add-in cannot save a new workbook (Excel gives it no such call), so the screen says so and keeps count
// of the forms opened on this computer (openedForms), across closing and reopening the pane.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { render } from "../../../core/messages/messageTypes";
import type { FormPlan } from "../../../workbook/forms/planForm";
import { makeForms, type MadeForms } from "../../../workbook/operations/makeForms";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { formsMessages as m } from "../../messages/formsMessages";
import { useT } from "../../pane/language";
import { useLock, usePane } from "../../pane/paneContext";
import { FormEntry } from "./FormEntry";
import { openedBefore, paneStore, rememberOpened } from "./openedForms";
import { formBytes } from "./xlsxFiles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const formKey = (form: FormPlan) => `${form.kind}:${form.unit.code}`;
const store = paneStore();

export function FormsOut() {
  const styles = useStyles();
  const t = useT();
  const { host, now, run, openWorkbook, workbook } = usePane();
  const lock = useLock();
  const [made, setMade] = useState<MadeForms | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The workbook records forms made earlier (its metadata holds form ids): making them again needs a confirmation.
  const [madeBefore, setMadeBefore] = useState(Object.keys(workbook.validation?.meta?.formIds ?? {}).length > 0);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [openedNow, setOpenedNow] = useState<number | null>(null);
  const forms = made?.forms ?? [];
  const notOpened = forms.filter((f) => !opened.has(f.id));

  const make = async (newIds: boolean) => {
    setConfirming(false);
    const result = await run("make-forms", (progress) => makeForms(host, { now: now(), newIds, progress }));
    if (!result) return;
    setMade(result);
    // Making forms again keeps their ids: the ones this computer opened before still count as opened.
    setOpened(
      openedBefore(
        store,
        result.forms.map((f) => f.id),
      ),
    );
    setOpenedNow(null);
    if (result.plan) setMadeBefore(true);
  };

  const open = (chosen: FormPlan[]) =>
    void run("open-forms", async (progress) => {
      setOpenedNow(null);
      for (const [i, form] of chosen.entries()) {
        progress({ fraction: i / chosen.length, step: render(m.opening, { index: i + 1, total: chosen.length }) });
        await openWorkbook(await formBytes(form));
        rememberOpened(store, form.id);
        setOpened((before) => new Set(before).add(form.id));
      }
      setOpenedNow(chosen.length);
    });

  return (
    <ScreenSection id="forms-out-title" title={t(m.outTitle)} dense>
      <Body1>{t(m.outIntro)}</Body1>
      {madeBefore && <Body1>{t(m.remakeNote)}</Body1>}
      {confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(m.remakeWarning)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void make(true)} {...lock}>
              {t(m.remakeConfirm)}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t(m.cancel)}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void make(false)} {...lock}>
            {t(m.make)}
          </Button>
          {madeBefore && (
            <Button onClick={() => setConfirming(true)} {...lock}>
              {t(m.newIds)}
            </Button>
          )}
        </div>
      )}
      <OperationStatus of={["make-forms", "open-forms"]} />
      {made && !made.plan && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t(m.notMade)}</MessageBarBody>
          </MessageBar>
          <FindingList findings={made.findings} />
        </>
      )}
      {forms.length > 0 && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t(m.made, { count: forms.length })} {t(m.saveHint)}
            </MessageBarBody>
          </MessageBar>
          <Body1>{t(m.cannotSave)}</Body1>
          <div className={styles.actions}>
            <Button onClick={() => open(forms)} {...lock}>
              {t(m.openAll, { count: forms.length })}
            </Button>
            {notOpened.length > 0 && notOpened.length < forms.length && (
              <Button onClick={() => open(notOpened)} {...lock}>
                {t(m.openRest, { count: notOpened.length })}
              </Button>
            )}
          </div>
          {openedNow !== null && <Body1>{t(m.opened, { count: openedNow })}</Body1>}
          <Body1 aria-live="polite">
            {t(m.openedCount, { opened: forms.length - notOpened.length, total: forms.length })}
          </Body1>
          <ul className={styles.list} aria-label={t(m.formsTable)}>
            {forms.map((form) => (
              <FormEntry key={formKey(form)} form={form} opened={opened.has(form.id)} onOpen={() => open([form])} />
            ))}
          </ul>
        </>
      )}
    </ScreenSection>
  );
}
