// Which forms this computer has opened as new workbooks, by form id, so that the Forms screen can still say "opened
// 5 of 9" after the pane is closed and reopened. Kept in the pane's local storage rather than the workbook: opening
// a form changes nothing in the workbook, and a form id is unique to one issue, so ids never mix across workbooks.

/** The part of Web Storage used; null where the browser refuses storage (then the memory lasts as long as the pane). */
export type OpenedStore = Pick<Storage, "getItem" | "setItem"> | null;

const KEY = "thidua.openedForms";
/** The most recent ids kept: a few years of forms of a large cluster, a few kilobytes. */
const KEPT = 2000;

/** The pane's local storage, or null where reading it throws (storage disabled, sandboxed frame). */
export function paneStore(): OpenedStore {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function stored(store: OpenedStore): string[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** The ids among `ids` this computer has opened before. */
export function openedBefore(store: OpenedStore, ids: readonly string[]): Set<string> {
  const known = new Set(stored(store));
  return new Set(ids.filter((id) => known.has(id)));
}

/** Records that the form `id` was opened; a full or refused storage only loses the memory, never the opening. */
export function rememberOpened(store: OpenedStore, id: string): void {
  const ids = [...stored(store).filter((known) => known !== id), id].slice(-KEPT);
  try {
    store?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Quota exceeded or storage refused: the count on screen still holds for this session.
  }
}
