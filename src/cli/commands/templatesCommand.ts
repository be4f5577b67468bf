// `thidua templates`: the built-in scoring templates, as a list for people or as JSON.

import { formatNumber, render } from "../../core/messages/messageTypes";
import { listTemplates } from "../../core/template/builtinTemplates";
import type { CommandContext } from "../commandContext";
import { cliOutputMessages as M } from "../messages/cliOutputMessages";
import { displayWidth } from "../output/textTable";

export function templatesCommand(ctx: CommandContext): number {
  const { lang, paint } = ctx;
  const templates = listTemplates(lang);
  if (ctx.common.json) {
    ctx.io.stdout(JSON.stringify(templates, null, 2) + "\n");
    return 0;
  }
  const idWidth = Math.max(...templates.map((t) => displayWidth(t.id)));
  const indent = " ".repeat(idWidth + 4);
  const lines = [paint(M.templatesHeading[lang](), "bold"), ""];
  for (const t of templates) {
    lines.push(`  ${paint(t.id.padEnd(idWidth), "cyan")}  ${t.title}`);
    const details = render(M.templateLine, {
      scale: formatNumber(t.scale, lang),
      bonus: formatNumber(t.bonusCap, lang),
      groups: t.groups.length,
      version: t.version,
    });
    lines.push(paint(indent + details[lang], "dim"));
  }
  lines.push("", M.templatesHint[lang]());
  ctx.print(lines);
  return 0;
}
