// Phiếu (Forms): the email round trip and the year's summary, in three sections: forms out (make, open, save,
// email), forms in (returned files checked and taken into the workbook) and the year roll-up of period workbooks.
// One job runs at a time across the sections; its progress and its failure show in the section that started it.
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Bilingual } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import type { Host } from "../../../workbook/host/hostTypes";
import { useOperation } from "../../hooks/useOperation";
import type { FormsSection, RunJob } from "./formsJob";
import { FormsIn } from "./FormsIn";
import { FormsOut } from "./FormsOut";
import { OperationStatus } from "./OperationStatus";
import type { OpenWorkbook } from "./workbookOpener";
import { YearRollup } from "./YearRollup";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface FormsScreenProps {
  host: Host;
  lang: Lang;
  /** ISO time for form ids and the workbook's log. */
  now: () => string;
  /** Opens .xlsx bytes as a new workbook (Excel.createWorkbook in Excel; a recorder in tests). */
  openWorkbook: OpenWorkbook;
  /** The workbook records forms made earlier (its metadata holds form ids). */
  formsIssued?: boolean;
}

export function FormsScreen({ host, lang, now, openWorkbook, formsIssued = false }: FormsScreenProps) {
  const styles = useStyles();
  const op = useOperation();
  const { run: runOperation } = op;
  const [section, setSection] = useState<FormsSection | null>(null);
  const [step, setStep] = useState<Bilingual | null>(null);

  const run: RunJob = useCallback(
    (which, job) => {
      void runOperation(async (progress) => {
        setSection(which);
        setStep(null);
        await job((fraction, label) => {
          setStep(label);
          progress({ fraction, step: label });
        });
      });
    },
    [runOperation],
  );

  const status = (which: FormsSection) =>
    section === which ? (
      <OperationStatus
        lang={lang}
        running={op.running}
        progress={op.progress}
        step={step}
        error={op.error}
        onDismiss={op.dismiss}
      />
    ) : null;
  const shared = { lang, run, busy: op.running };

  return (
    <div className={styles.screen}>
      <FormsOut
        {...shared}
        host={host}
        now={now}
        openWorkbook={openWorkbook}
        issued={formsIssued}
        status={status("out")}
      />
      <Divider />
      <FormsIn {...shared} host={host} now={now} status={status("in")} />
      <Divider />
      <YearRollup {...shared} openWorkbook={openWorkbook} status={status("rollup")} />
    </div>
  );
}
