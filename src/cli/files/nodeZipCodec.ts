// Node's zlib as the .xlsx archive's codec: native deflate and inflate, several times faster than the JavaScript
// codec the task pane uses; CRC-32 from zlib where this Node has it (20.15 and later).

import * as zlib from "node:zlib";
import type { ZipCodec } from "../../hosts/xlsx/zipArchive";
import { crc32 as crc32Js } from "../../hosts/xlsx/zipCodecJs";

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const nodeZipCodec: ZipCodec = {
  inflateRaw: (data) => zlib.inflateRawSync(data),
  // Level 1: files shrink almost as much as at the default level, in far less time.
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 1 }),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : crc32Js,
};
