// Tỉnh (province): the Board picks the clusters' workbooks together; each is read in turn (the .xlsx host loaded on demand)
// and checked, the province workbook is made (consolidateClusters) and opens as a new Excel workbook; what each file
// gave is listed under its name, and the dossier's .docx documents can be downloaded (the renderer loads on demand).
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { render, type Bilingual } from "../../../core/messages/messageTypes";
import type { DossierFile } from "../../../workbook/documents/provinceDossier";
import type { Host } from "../../../workbook/host/hostTypes";
import type { LocatedProvinceFinding } from "../../../workbook/province/locateProvinceFinding";
import { FindingList } from "../../components/FindingList";
import { OperationStatus } from "../../components/OperationStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { provinceScreenMessages as m } from "../../messages/provinceMessages";
import { useLang, useT } from "../../pane/language";
import { usePane } from "../../pane/paneContext";
import { readFileBytes } from "../../readFileBytes";
import { FilePicker } from "../forms/FilePicker";
import { newXlsxWorkbook, reporter } from "../forms/xlsxFiles";
import { downloadBytes } from "./downloadBytes";

const loadXlsxHost = () =>
  import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/xlsxHost").then((mod) => mod.XlsxHost);
const loadProvince = () => import("../../../workbook/province/consolidateClusters");
const loadOutputs = () => import("../../../workbook/province/provinceOutputs");
const loadDocx = () =>
  import(/* webpackChunkName: "docx" */ "../../../hosts/docx/renderOfficialDocument").then(
    (mod) => mod.renderOfficialDocument,
  );

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface FileOutcome {
  file: string;
  counted: boolean;
  findings: LocatedProvinceFinding[];
}

interface Outcome {
  /** The summary, or null when no province workbook was made. */
  done: Bilingual | null;
  files: FileOutcome[];
  general: LocatedProvinceFinding[];
  dossier: DossierFile[];
  dossierProblem: Bilingual | null;
}

export function ProvinceScreen() {
  const t = useT();
  const lang = useLang();
  const { openWorkbook, run } = usePane();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);

  const consolidate = (files: File[]) =>
    void run("province", async (progress) => {
      setOutcome(null);
      const report = reporter(progress);
      const [XlsxHost, { consolidateClusters }] = await Promise.all([loadXlsxHost(), loadProvince()]);
      const sources = files.map((file) => ({
        fileName: file.name,
        open: async (): Promise<Host | { unreadable: Bilingual }> => {
          try {
            return await XlsxHost.load(await readFileBytes(file));
          } catch {
            return { unreadable: render(m.unreadable, {}) };
          }
        },
      }));
      const out = await newXlsxWorkbook();
      const result = await consolidateClusters(sources, out.host, {
        lang,
        progress: (p) => report(p.fraction * 0.9, p.step),
      });
      const perFile: FileOutcome[] = files.map((file) => ({
        file: file.name,
        counted: result.consolidation.clusters.some((c) => c.file === file.name && c.counted),
        findings: result.findings.filter((f) => f.file === file.name),
      }));
      const general = result.findings.filter((f) => f.file === null);
      if (!result.plan) {
        setOutcome({ done: null, files: perFile, general, dossier: [], dossierProblem: null });
        return;
      }
      report(0.9, render(m.opening, {}));
      await openWorkbook(await out.save());
      const { makeProvinceDossier } = await loadOutputs();
      const dossier = await makeProvinceDossier(out.host);
      const proposals = result.consolidation.proposals;
      setOutcome({
        done: render(m.done, {
          flags: proposals.filter((p) => p.section === "co-thi-dua").length,
          certificates: proposals.filter((p) => p.section === "bang-khen").length,
          council: proposals.filter((p) => p.section === "council").length,
          counted: perFile.filter((f) => f.counted).length,
          files: files.length,
        }),
        files: perFile,
        general,
        dossier: dossier.ok ? dossier.value : [],
        dossierProblem: dossier.ok ? null : render(m.dossierFailed, { reason: dossier.reason[lang] }),
      });
    });

  const download = async (file: DossierFile) => {
    setDownloading(file.fileName);
    try {
      const renderDocx = await loadDocx();
      downloadBytes(await renderDocx(file.document), file.fileName, DOCX);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <ScreenSection id="province-title" title={t(m.title)} dense>
      <Body1>{t(m.intro)}</Body1>
      <FilePicker label={t(m.pick)} inputLabel={t(m.input)} dropHint={t(m.dropHint)} onFiles={consolidate} />
      <OperationStatus of={["province"]} />
      {outcome && (
        <MessageBar intent={outcome.done ? "success" : "error"} layout="multiline">
          <MessageBarBody>{outcome.done ? outcome.done[lang] : t(m.none)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <section aria-label={t(m.filesLabel)}>
          {outcome.files.map((f) => (
            <div key={f.file}>
              <Body1>{t(f.counted ? m.fileCounted : m.fileLeftOut, { file: f.file })}</Body1>
              {f.findings.length > 0 && <FindingList findings={f.findings} label={f.file} />}
            </div>
          ))}
          {outcome.general.length > 0 && <FindingList findings={outcome.general} label={t(m.generalFindings)} />}
        </section>
      )}
      {outcome && (outcome.dossier.length > 0 || outcome.dossierProblem) && (
        <section aria-labelledby="province-dossier-title">
          <Subtitle2 as="h3" id="province-dossier-title">
            {t(m.dossierTitle)}
          </Subtitle2>
          <Body1>{t(m.dossierIntro)}</Body1>
          {outcome.dossierProblem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{outcome.dossierProblem[lang]}</MessageBarBody>
            </MessageBar>
          )}
          <ul aria-label={t(m.dossierFiles)}>
            {outcome.dossier.map((file) => (
              <li key={file.fileName}>
                <Button
                  appearance="subtle"
                  icon={<ArrowDownloadRegular />}
                  disabled={downloading !== null}
                  onClick={() => void download(file)}
                >
                  {t(m.download, { file: file.fileName })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ScreenSection>
  );
}
