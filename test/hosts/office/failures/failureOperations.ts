// The five writing operations as the failure tests run them, each on a workbook built fresh and the same way every
// time: inject the tiny template into a workbook with the user's own sheet; rank, fix (a score typed as text) and a
// settings change on a filled 5-unit workbook; collect a returned form into the tiny master. Small workbooks, written
// in small parts (failureHarness.SMALL_CHUNKS) so that one write still spans several requests.

import type { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { XlsxHost } from "../../../../src/hosts/xlsx/xlsxHost";
import type { FormPlan } from "../../../../src/workbook/forms/planForm";
import { applyFixes, isFixable } from "../../../../src/workbook/operations/applyFixes";
import { collectForms } from "../../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../../src/workbook/operations/makeForms";
import { rankWorkbook } from "../../../../src/workbook/operations/rankWorkbook";
import { updateSettings } from "../../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../../src/workbook/operations/validateWorkbook";
import { TINY_TEMPLATE, TINY_UNITS } from "../../../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../../../workbook/forms/fillFormFile";
import { planInputs } from "../../../../src/workbook/plan/planInputs";
import type { WorkbookLayout } from "../../../../src/workbook/layout/workbookLayout";
import { clusterOfSize } from "../clusterOfSize";
import {
  A1_FIRST,
  FIRST_COLLECT_AT,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  type Typing,
} from "../../../workbook/forms/formFixtures";
import { newWorkbook, withoutLogEntry, type Operation, type Workbook } from "./failureHarness";

const RANKED_AT = "2026-03-21T09:00:00.000Z";
const FIXED_AT = "2026-03-22T09:00:00.000Z";
const SETTINGS_AT = "2026-03-23T09:00:00.000Z";

const inject = (host: OfficeHost) =>
  injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, { ...MASTER_OPTIONS, now: INJECTED_AT });

/** The tiny master after injection. */
async function master(): Promise<Workbook> {
  const workbook = newWorkbook();
  await inject(workbook.host());
  return workbook;
}

async function savedForm(form: FormPlan, typing: Typing): Promise<XlsxHost> {
  const file = XlsxHost.create();
  await file.apply(form.plan);
  return XlsxHost.load(await fillFormFile(await file.save(), typing));
}

export const injectOperation: Operation = {
  name: "inject",
  setup: async () => {
    const workbook = newWorkbook(["Trang tính 1"]);
    workbook.fake.seed("Trang tính 1", "A1", [["Ghi chú của người dùng"]]);
    return workbook;
  },
  run: async (host) => {
    await inject(host);
  },
};

/** A 5-unit workbook of a built-in template with every entry filled in: it ranks without errors. */
async function filled(): Promise<Workbook & { layout: WorkbookLayout }> {
  const workbook = newWorkbook();
  const cluster = clusterOfSize("cum-xa-phuong", "self", 5);
  const planned = await injectTemplate(
    workbook.host(),
    cluster.template,
    cluster.units,
    {},
    {
      mode: "self",
      period: "2026",
      lang: "vi",
      now: INJECTED_AT,
    },
  );
  const host = workbook.host();
  await host.outline();
  await host.apply(planInputs(planned.layout!, cluster.inputs));
  return { ...workbook, layout: planned.layout! };
}

export const rankOperation: Operation = {
  name: "rank",
  setup: filled,
  run: async (host) => {
    const ranking = await rankWorkbook(host, { now: RANKED_AT, fileName: MASTER_OPTIONS.fileName });
    if (!ranking.plan) throw new Error("rank refused: the fixture should rank");
  },
};

export const fixOperation: Operation = {
  name: "fix",
  partialLimit: {
    why:
      "a fix cut off after its cell was written but before TD_Log grew over its log entry: the second run finds " +
      "nothing left to fix, so the fix is in the workbook but the log lacks its entry",
    // The log row's time as it shows (Vietnam's local time of FIXED_AT).
    without: withoutLogEntry("Nhật ký", "16 giờ 00, ngày 22/03/2026", "ABCDEF"),
  },
  setup: async () => {
    // A score typed as text with a decimal comma ("2,5"): validation offers its number as a fix.
    const workbook = await filled();
    const { layout } = workbook;
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    workbook.fake.seed(layout.self.sheet, `E${layout.self.grid.row + manual.index}`, [["'2,5"]]);
    return workbook;
  },
  run: async (host) => {
    const validation = await validateWorkbook(host);
    const fixable = validation.findings.filter(isFixable);
    await applyFixes(host, fixable, validation.parsed.layout, {
      parsed: validation.parsed,
      now: FIXED_AT,
      fileName: MASTER_OPTIONS.fileName,
    });
  },
};

export const settingsOperation: Operation = {
  name: "settings update",
  setup: filled,
  run: async (host) => {
    const update = await updateSettings(
      host,
      { finalRule: "weighted", weights: { self: 0.4, peer: 0, review: 0.6 } },
      { now: SETTINGS_AT, fileName: MASTER_OPTIONS.fileName },
    );
    if (!update.applied && update.findings.some((f) => f.severity === "error")) {
      throw new Error(`settings refused: ${update.findings.map((f) => f.rule).join(", ")}`);
    }
  },
};

/** The forms are made once (from a master like the one collected into) and read back from .xlsx files. */
let returnedForms: Promise<{ fileName: string; host: XlsxHost }[]> | null = null;

function returned() {
  returnedForms ??= (async () => {
    const workbook = await master();
    const { forms } = await makeForms(workbook.host(), { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
    const self = (code: string) => forms.find((f) => f.unit.code === code)!;
    return [{ fileName: "A1.xlsx", host: await savedForm(self("A1"), A1_FIRST) }];
  })();
  return returnedForms;
}

export const collectOperation: Operation = {
  name: "collect",
  partialLimit: {
    why:
      "a collect cut off part-way: the second run writes the rest, the record of returns and one log entry per form, " +
      "but that entry's summary (and so its check chain) counts only the cells still different at the second run",
    // The log row's time as it shows (Vietnam's local time of FIRST_COLLECT_AT).
    without: withoutLogEntry("Nhật ký", "16 giờ 00, ngày 20/03/2026", "EF"),
  },
  setup: async () => {
    await returned();
    const workbook = await master();
    // Making the forms records their ids in the master; the same master and time give the same ids.
    await makeForms(workbook.host(), { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
    return workbook;
  },
  run: async (host) => {
    const result = await collectForms(host, await returned(), { now: FIRST_COLLECT_AT });
    if (!result.forms.every((f) => f.accepted)) throw new Error("collect refused a form the fixture should accept");
  },
};
