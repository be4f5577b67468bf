// The zip container of an .xlsx file, read and written directly: parts are inflated only when asked for, and a
// part that was not changed is written back with its original compressed bytes, so saving a large workbook costs
// only the parts an operation changed. Deflate and CRC-32 come from a codec (fflate by default, which runs in the
// task pane; the command line plugs in Node's zlib, several times faster).

import { crc32 as crc32Js, deflateRaw as deflateRawJs, inflateRaw as inflateRawJs } from "./zipCodecJs";

export interface ZipCodec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

const JS_CODEC: ZipCodec = { inflateRaw: inflateRawJs, deflateRaw: deflateRawJs, crc32: crc32Js };
let codec: ZipCodec = JS_CODEC;

/** Replaces the codec for the whole process (the command line uses Node's zlib). */
export function useZipCodec(next: ZipCodec): void {
  codec = next;
}

/** One part of the archive: its stored (compressed) bytes until read, its content once read or replaced. */
interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  stored?: Uint8Array;
  content?: Uint8Array;
  changed: boolean;
}

export class ZipFormatError extends Error {}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const utf8 = new TextEncoder();
const names = new TextDecoder("utf-8");

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  /** Reads the central directory; throws ZipFormatError for anything that is not a complete zip archive. */
  static read(bytes: Uint8Array): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === END) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError("no end of central directory");
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const archive = new ZipArchive();
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("bad directory");
      const method = view.getUint16(at + 10, true);
      const crc = view.getUint32(at + 16, true);
      const compressed = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError("bad entry");
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressed > bytes.length) throw new ZipFormatError("cut off");
      if (method !== STORE && method !== DEFLATE) throw new ZipFormatError(`method ${method}`);
      if (name.endsWith("/")) continue;
      archive.entries.set(name, {
        name,
        method,
        crc,
        size,
        stored: bytes.subarray(start, start + compressed),
        changed: false,
      });
    }
    return archive;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes (inflated on first use), undefined when absent. */
  bytes(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (!entry.content) {
      const stored = entry.stored ?? new Uint8Array();
      entry.content = entry.method === STORE ? stored : codec.inflateRaw(stored, entry.size);
      if (entry.content.length !== entry.size) throw new ZipFormatError(`size of ${name}`);
    }
    return entry.content;
  }

  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes === undefined ? undefined : names.decode(bytes);
  }

  /** Adds or replaces a part. */
  set(name: string, content: string | Uint8Array): void {
    const bytes = typeof content === "string" ? utf8.encode(content) : content;
    this.entries.set(name, { name, method: DEFLATE, crc: 0, size: bytes.length, content: bytes, changed: true });
  }

  remove(name: string): void {
    this.entries.delete(name);
  }

  /** The archive as bytes: unchanged parts keep their stored bytes; changed ones are deflated. */
  write(): Uint8Array {
    const parts: Uint8Array[] = [];
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.entries.values()) {
      let stored = entry.stored;
      if (entry.changed || !stored) {
        const content = entry.content ?? new Uint8Array();
        stored = codec.deflateRaw(content);
        entry.crc = codec.crc32(content);
        entry.method = DEFLATE;
      }
      const name = utf8.encode(entry.name);
      const local = new Uint8Array(30 + name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, LOCAL, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, UTF8_NAMES, true);
      lv.setUint16(8, entry.method, true);
      lv.setUint16(12, 0x21, true); // 1980-01-01: fixed, so the same workbook gives the same bytes
      lv.setUint32(14, entry.crc, true);
      lv.setUint32(18, stored.length, true);
      lv.setUint32(22, entry.size, true);
      lv.setUint16(26, name.length, true);
      local.set(name, 30);
      const central = new Uint8Array(46 + name.length);
      const cv = new DataView(central.buffer);
      cv.setUint32(0, CENTRAL, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, UTF8_NAMES, true);
      cv.setUint16(10, entry.method, true);
      cv.setUint16(14, 0x21, true);
      cv.setUint32(16, entry.crc, true);
      cv.setUint32(20, stored.length, true);
      cv.setUint32(24, entry.size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      central.set(name, 46);
      parts.push(local, stored);
      directory.push(central);
      offset += local.length + stored.length;
    }
    const directorySize = directory.reduce((sum, d) => sum + d.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, END, true);
    ev.setUint16(8, this.entries.size, true);
    ev.setUint16(10, this.entries.size, true);
    ev.setUint32(12, directorySize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + directorySize + 22);
    let at = 0;
    for (const part of [...parts, ...directory, end]) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
