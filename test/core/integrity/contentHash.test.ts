import fc from "fast-check";
import { canonicalJson } from "../../../src/core/integrity/canonicalJson";
import { contentHash, staleResultFinding } from "../../../src/core/integrity/contentHash";
import { fnv1a32 } from "../../../src/core/integrity/fnv1a32";
import { murmur3 } from "../../../src/core/integrity/murmur3";
import { utf8Bytes } from "../../../src/core/integrity/utf8Bytes";

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("hash lanes match their published test vectors", () => {
  it("FNV-1a 32", () => {
    expect(fnv1a32(ascii(""))).toBe(0x811c9dc5);
    expect(fnv1a32(ascii("a"))).toBe(0xe40c292c);
    expect(fnv1a32(ascii("foobar"))).toBe(0xbf9cf968);
  });

  it("MurmurHash3 x86 32", () => {
    expect(murmur3(ascii(""), 0)).toBe(0);
    expect(murmur3(ascii(""), 1)).toBe(0x514e28b7);
    expect(murmur3(ascii("hello"), 0)).toBe(0x248bfa47);
    expect(murmur3(ascii("The quick brown fox jumps over the lazy dog"), 0x9747b28c)).toBe(0x2fa826cd);
  });

  it("UTF-8 bytes agree with TextEncoder, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(Array.from(utf8Bytes(s))).toEqual(Array.from(new TextEncoder().encode(s)));
      }),
    );
    expect(Array.from(utf8Bytes("Đạt"))).toEqual([0xc4, 0x90, 0xe1, 0xba, 0xa1, 0x74]);
  });
});

describe("canonicalJson", () => {
  it("sorts keys, writes -0 as 0, spells out NaN, reads undefined as null and dates as ISO", () => {
    expect(
      canonicalJson({ b: 1, a: [-0, NaN, undefined, Infinity], c: undefined, d: new Date(Date.UTC(2026, 0, 2)) }),
    ).toBe('{"a":[0,"NaN",null,"Infinity"],"b":1,"d":"2026-01-02T00:00:00.000Z"}');
  });

  it("writes typed arrays as arrays and Maps and Sets in sorted order", () => {
    expect(canonicalJson(new Float64Array([1.5, 2]))).toBe("[1.5,2]");
    expect(canonicalJson(new Set([2, 1]))).toBe(canonicalJson(new Set([1, 2])));
    expect(
      canonicalJson(
        new Map([
          ["b", 1],
          ["a", 2],
        ]),
      ),
    ).toBe(
      canonicalJson(
        new Map([
          ["a", 2],
          ["b", 1],
        ]),
      ),
    );
  });

  it("writes rows of plain cells and rows with a value JSON would spell differently alike", () => {
    // The first row is all plain cells (JSON writes it), the second falls back to the cell-by-cell writing.
    expect(
      canonicalJson([
        [8.5, -0, 'Đạt "x"', true, null],
        [1e21, NaN, -Infinity, undefined, 2n],
      ]),
    ).toBe('[[8.5,0,"Đạt \\"x\\"",true,null],[1e+21,"NaN","-Infinity",null,"2n"]]');
    // An empty slot is null in both writings; a nested array is not a plain cell.
    const holed: unknown[] = [1];
    holed[2] = "a";
    expect(canonicalJson(holed)).toBe('[1,null,"a"]');
    expect(canonicalJson([[1, [2]], { b: [3], a: 4 }])).toBe('[[1,[2]],{"a":4,"b":[3]}]');
  });

  it("refuses a cyclic value (a programming error)", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/cyclic/);
  });
});

describe("contentHash", () => {
  it("is 16 hex characters and stable across runs", () => {
    const h = contentHash({ units: ["SNV", "STC"], self: [[8.5, null]] });
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash({ units: ["SNV", "STC"], self: [[8.5, null]] })).toBe(h);
  });

  it("ignores key order, and -0 versus 0", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(contentHash(reversed)).toBe(contentHash(obj));
      }),
    );
    expect(contentHash({ x: -0 })).toBe(contentHash({ x: 0 }));
  });

  it("changes with the content", () => {
    const base = { self: [[8.5, 9]], review: [[null, null]] };
    const hashes = new Set([
      contentHash(base),
      contentHash({ self: [[8.5, 9.25]], review: [[null, null]] }),
      contentHash({ self: [[9, 8.5]], review: [[null, null]] }),
      contentHash({ self: [[8.5, 9]], review: [[null, 0]] }),
      contentHash({ self: [["8.5", 9]], review: [[null, null]] }),
    ]);
    expect(hashes.size).toBe(5);
  });

  it("gives different hashes to different JSON values (no collisions in a sample)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(canonicalJson(a) !== canonicalJson(b));
        expect(contentHash(a)).not.toBe(contentHash(b));
      }),
      { numRuns: 500 },
    );
  });
});

describe("staleResultFinding", () => {
  it("warns when the stored hash differs from the inputs' hash", () => {
    expect(staleResultFinding("0123456789abcdef", "fedcba9876543210")).toMatchObject({
      rule: "result.stale",
      severity: "warning",
      location: { area: "result" },
      data: { storedHash: "0123456789abcdef", currentHash: "fedcba9876543210" },
    });
  });

  it("says nothing when results were never stamped or the hash matches", () => {
    expect(staleResultFinding(null, "fedcba9876543210")).toBeNull();
    expect(staleResultFinding("FEDCBA9876543210", "fedcba9876543210")).toBeNull();
  });
});
