// Deflate, inflate and CRC-32 in plain JavaScript (fflate), for the task pane and wherever Node's zlib is absent.

import { deflateSync, inflateSync } from "fflate";

export function inflateRaw(data: Uint8Array, size: number): Uint8Array {
  return inflateSync(data, { out: new Uint8Array(size) });
}

export function deflateRaw(data: Uint8Array): Uint8Array {
  // Level 1: files shrink almost as much as at the default level, in far less time.
  return deflateSync(data, { level: 1 });
}

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
