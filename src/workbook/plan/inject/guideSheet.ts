// Hướng dẫn / Guide: the template and its legal basis, how to fill each sheet, the colour legend, and why the
// settings sheet is locked (its numbers are baked into the formulas).

import { formatNumber } from "../../../core/messages/messageTypes";
import type { Lang } from "../../../core/settings/settingsTypes";
import type { WorkbookLayout } from "../../layout/workbookLayout";
import { guideMessages as G } from "../../messages/guideMessages";
import { subjectOf } from "../../messages/personLabelMessages";
import { sheetLabelMessages as L } from "../../messages/sheetLabelMessages";
import { sheetNameMessages } from "../../messages/sheetNameMessages";
import { guideSheetPlan } from "../guideSheetPlan";
import type { SheetPlan } from "../planTypes";

export interface GuideContext {
  period: string;
  clusterTitle: string | null;
}

export function guideSheet(layout: WorkbookLayout, lang: Lang, context: GuideContext): SheetPlan {
  const { flat, mode, names } = layout;
  const template = flat.template;
  const text = (t: string | undefined, fallback: string) => (lang === "en" && t ? t : fallback);
  const f = names.fixed;
  const lines: string[] = [
    G.template[lang]({ title: text(template.title.en, template.title.vi), id: template.id, version: template.version }),
  ];
  if (context.clusterTitle) lines.push(G.cluster[lang]({ cluster: context.clusterTitle }));
  if (context.period) lines.push(G.period[lang]({ period: context.period }));
  lines.push(
    G.scale[lang]({
      contentMax: formatNumber(flat.contentMax, lang),
      bonusCap: formatNumber(template.bonusCap, lang),
    }),
  );
  const who = subjectOf(flat);
  const modeLine = mode === "self" ? G.modeSelf : mode === "review" ? G.modeReview : G.modeCross;
  lines.push(modeLine[lang]({ who }));
  if (template.legalBasis.length > 0) {
    lines.push(G.legalBasis[lang]());
    for (const doc of template.legalBasis) {
      lines.push(
        G.legalDocument[lang]({ number: doc.number, title: text(doc.title.en, doc.title.vi), date: doc.date ?? "" }),
      );
    }
  }
  lines.push("");
  lines.push(G.howTo[lang]());
  lines.push(G.stepData[lang]({ sheet: f.data, who }));
  lines.push(G.stepSelf[lang]({ sheet: f.self, who }));
  lines.push(G.stepEvidence[lang]({ sheet: f.evidence }));
  if (mode === "cross")
    lines.push(G.stepPeer[lang]({ prefix: sheetNameMessages.peer[lang]({ code: "" }).trim(), who }));
  if (mode !== "self") lines.push(G.stepReview[lang]({ sheet: f.review }));
  lines.push(G.stepResult[lang]({ sheet: f.result }));
  lines.push("");
  lines.push(G.settingsNote[lang]({ sheet: f.settings }));
  lines.push(G.protectionNote[lang]());
  lines.push(G.resultNote[lang]());

  return guideSheetPlan(f.guide, L.guideTitle[lang](), lines, lang);
}
