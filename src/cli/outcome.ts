// A step that can fail because of something the user did (a missing file, a bad argument): the failure is a
// value holding the one sentence to show, never an exception.

import type { Bilingual } from "../core/messages/messageTypes";

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Bilingual };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(text: Bilingual): Outcome<T> => ({ ok: false, failure: text });
