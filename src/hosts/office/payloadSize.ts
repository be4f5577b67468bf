// How big requests to Excel may get. Excel on the web refuses a request or a response over 5 MB (learn.microsoft.com,
// "Resource limits and performance optimization for Office Add-ins"); the host keeps every request and every answer
// it can foresee under 4.5 MiB, as Microsoft's Office.js client serialises them (requestMeter.ts, readRanges.ts).

/** 4.5 × 1024 × 1024 bytes: the ceiling for one request body or one response body. */
export const PAYLOAD_CEILING = 4.5 * 1024 * 1024;
/** A block whose cell arrays would be larger than this is written in bands of rows. */
export const BAND_LIMIT = 512 * 1024;

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
