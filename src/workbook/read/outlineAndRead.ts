// An operation's first two steps, the outline and the reads it plans from it, through the host's own combined round
// trip when it has one (the Office host: Host.outlineAndRead), else one after the other.

import type { Host, OutlineRead, RangeRequest, WorkbookOutline } from "../host/hostTypes";

export async function outlineAndRead(
  host: Host,
  plan: (outline: WorkbookOutline) => RangeRequest[],
): Promise<OutlineRead> {
  if (host.outlineAndRead) return host.outlineAndRead(plan);
  const outline = await host.outline();
  const requests = plan(outline);
  return { outline, reads: requests.length > 0 ? await host.read(requests) : [] };
}
