// `thidua settings FILE [--json]` prints the workbook's settings (the Cài đặt sheet's keys, their meaning and
// values); `thidua settings FILE --set KEY=VALUE …` changes them through the task pane's operation (updateSettings:
// formulas re-planned, entries untouched, a log row, earlier results stale, undo), then saves atomically. A key or
// value that cannot be used is refused with one sentence naming the key (exit 2) and the file is not written.

import { basename, resolve } from "node:path";
import { render, type Bilingual } from "../../core/messages/messageTypes";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import type { Finding } from "../../core/findings/findingTypes";
import { WORKBOOK_RULES } from "../../workbook/messages/workbookFindingMessages";
import { SETTING_WORDS } from "../../workbook/messages/settingsSheetMessages";
import { updateSettings } from "../../workbook/operations/updateSettings";
import { applySettingAssignments, splitAssignment } from "../../workbook/settings/settingAssignments";
import { changedSettings } from "../../workbook/settings/planSettingsUpdate";
import { settingsRows, type SettingValue } from "../../workbook/settings/settingsRows";
import type { CommandContext } from "../commandContext";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { failure, success, type Outcome } from "../outcome";
import { textTable } from "../output/textTable";
import type { CliRequest } from "../parseCommandLine";
import { openOwnWorkbook, saveWorkbook } from "../workbook/openOwnWorkbook";

/** The settings by key, as the Cài đặt sheet holds them (numbers as numbers, blank as null). */
function settingsJson(settings: Settings): Record<string, SettingValue> {
  return Object.fromEntries(settingsRows(settings).map(({ key, value }) => [key, value]));
}

const shown = (value: SettingValue) => (value === null || value === "" ? "—" : String(value));

/** The one sentence of a refused change: the key, then why. */
function refusal(findings: readonly Finding[], file: string): Bilingual {
  const first = findings.find((f) => f.severity === "error") ?? findings[0];
  const key = first.location.field ?? "";
  const more = findings.filter((f) => f.severity === "error").length - 1;
  // The key leads the sentence unless the reason already names it.
  const sentence = (lang: Lang) =>
    (key && !first.message[lang].includes(key) ? E.settingRefused : E.settingsRefused)[lang]({
      key,
      file,
      reason: first.message[lang],
      more,
    });
  return { vi: sentence("vi"), en: sentence("en") };
}

export async function settingsCommand(
  ctx: CommandContext,
  request: Extract<CliRequest, { command: "settings" }>,
): Promise<Outcome<number>> {
  const { io, lang, paint } = ctx;
  const file = request.file;
  const path = resolve(io.cwd, file);

  // The assignments are read before the file is opened: a typing slip costs nothing.
  const assignments = [];
  for (const text of request.set) {
    const pair = splitAssignment(text);
    if (!pair) return failure(render(E.badAssignment, { text }));
    assignments.push(pair);
  }
  const opened = await openOwnWorkbook(ctx, path, file);
  if (!opened.ok) return opened;
  const { host, meta } = opened.value;

  if (assignments.length === 0) {
    if (ctx.common.json) {
      io.stdout(JSON.stringify({ settings: settingsJson(meta.settings) }, null, 2) + "\n");
      return success(0);
    }
    // Each setting in the Cài đặt sheet's words: its name beside key and value, its explanation indented on the
    // line below.
    const settings = settingsRows(meta.settings);
    const rows = settings.map(({ key, value }) => [key, shown(value), SETTING_WORDS[key].label[lang]]);
    const columns = [
      { header: M.colSettingKey[lang](), align: "left" as const },
      { header: M.colSettingValue[lang](), align: "left" as const },
      { header: M.colSettingMeaning[lang](), align: "left" as const },
    ];
    const [header, rule, ...lines] = textTable(columns, rows, paint);
    // Indented a little, not under the name: a long value (an award's full name) would push it off the screen.
    const indent = "    ";
    ctx.print([
      paint(render(M.settingsHeading, { file })[lang], "bold"),
      header,
      rule,
      ...lines.flatMap((line, i) => [line, paint(indent + SETTING_WORDS[settings[i].key].explain[lang], "dim")]),
    ]);
    return success(0);
  }

  const applied = applySettingAssignments(meta.settings, assignments);
  if (!applied.settings) return failure(refusal(applied.findings, file));
  ctx.progress(render(M.changingSettings, {}));
  const update = await updateSettings(host, applied.settings, {
    now: io.now().toISOString(),
    fileName: basename(file),
  });
  const errors = update.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    const unusable = errors.some((f) => f.rule === WORKBOOK_RULES.settingsRefused);
    return failure(
      unusable ? render(E.settingsWorkbookRefused, { file, reason: errors[0].message[lang] }) : refusal(errors, file),
    );
  }
  const changes = update.applied ? changedSettings(meta.settings, update.settings!) : [];
  if (update.applied) {
    const written = await saveWorkbook(ctx, host, path, file);
    if (!written.ok) return written;
  }
  if (ctx.common.json) {
    const json = { applied: update.applied, changes, settings: settingsJson(update.settings ?? meta.settings) };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return success(0);
  }
  if (!update.applied) {
    ctx.print([render(M.settingsUnchanged, { file })[lang]]);
    return success(0);
  }
  ctx.print([
    ...changes.map((c) => `  ${c.key}: ${shown(c.from)} → ${shown(c.to)}`),
    "",
    paint(render(M.settingsChanged, { file, count: changes.length })[lang], "green"),
  ]);
  return success(0);
}
