// Hướng dẫn / Guide of a form workbook: who and what the form is for (unit, cluster, period, template, form id),
// how to fill each of its sheets and how to send it back, in the master's language, with the colour legend.

import type { Unit } from "../../core/model/unitTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { formatLocalTime } from "../../core/time/localTime";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { formMessages as F } from "../messages/formMessages";
import { guideSheetPlan } from "../plan/guideSheetPlan";
import type { SheetPlan } from "../plan/planTypes";
import type { FormIdentity, WorkbookMeta } from "../meta/workbookMeta";

export function formGuideSheet(layout: WorkbookLayout, meta: WorkbookMeta, form: FormIdentity, unit: Unit): SheetPlan {
  const lang: Lang = meta.lang;
  const template = meta.template;
  const f = layout.names.fixed;
  const title = (lang === "en" && template.title.en) || template.title.vi;
  const lines: string[] = [F.identityHeading[lang]()];
  const identity = template.subject === "person" ? F.identityPerson : F.identityUnit;
  lines.push(identity[lang]({ code: unit.code, name: unit.name }));
  if (meta.clusterTitle) lines.push(F.identityCluster[lang]({ cluster: meta.clusterTitle }));
  if (meta.period) lines.push(F.identityPeriod[lang]({ period: meta.period }));
  lines.push(F.identityTemplate[lang]({ title, id: template.id, version: template.version }));
  // The metadata keeps the ISO instant; a person reads local time.
  const issued = formatLocalTime(form.issued, meta.settings.timeZone, lang);
  lines.push(F.identityForm[lang]({ id: form.id, issued }));
  lines.push("", F.howTo[lang]());
  if (form.kind === "self") {
    lines.push(F.stepData[lang]({ sheet: f.data }));
    lines.push(F.stepSelf[lang]({ sheet: f.self }));
    lines.push(F.stepEvidence[lang]({ sheet: f.evidence }));
  } else {
    const peer = layout.peers.find((p) => p.rater === form.unit);
    lines.push(F.stepPeer[lang]({ sheet: peer?.sheet ?? "" }));
    lines.push(F.peerDataNote[lang]({ sheet: f.data }));
  }
  if (meta.mode === "cross") lines.push(F.selfPeerNote[lang]());
  lines.push("", F.criteriaNote[lang]({ sheet: f.criteria }));
  lines.push(F.numbersNote[lang]());
  lines.push(F.returnNote[lang]());
  lines.push(F.resendNote[lang]());

  const heading =
    form.kind === "self"
      ? F.guideTitleSelf[lang]({ code: unit.code, name: unit.name })
      : F.guideTitlePeer[lang]({ code: unit.code, name: unit.name });
  return guideSheetPlan(f.guide, heading, lines, lang);
}
