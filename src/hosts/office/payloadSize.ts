// How big a request to Excel gets: the UTF-8 length of what is queued, as JSON. Excel on the web refuses a request
// over 5 MB, so the host keeps each request under 4 MB, leaving room for Office.js's own bookkeeping.

export const CHUNK_MEGABYTES = 4;
export const CHUNK_LIMIT = CHUNK_MEGABYTES * 1024 * 1024;
/** A block whose cell arrays would be larger than this is written in bands of rows. */
export const BAND_LIMIT = 512 * 1024;
/** Bytes Office.js adds per queued command besides its arguments (object path, action id, names); generous. */
export const COMMAND_OVERHEAD = 96;

/** UTF-8 bytes of a JSON text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of one command carrying `args`. */
export function commandBytes(...args: unknown[]): number {
  return COMMAND_OVERHEAD + utf8Length(JSON.stringify(args));
}
