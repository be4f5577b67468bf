// Text inside the XML parts of a workbook: entities decoded on reading, escaped on writing (attribute values and
// element text alike), and characters XML 1.0 cannot hold written as Excel's _xHHHH_ escapes.

const NAMED: Record<string, string | undefined> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp);
    if (semi < 0) break;
    const entity = text.slice(amp + 1, semi);
    let decoded: string | undefined = NAMED[entity];
    if (decoded === undefined && entity.startsWith("#")) {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (Number.isFinite(code)) decoded = String.fromCodePoint(code);
    }
    if (decoded !== undefined) {
      out += text.slice(last, amp) + decoded;
      last = semi + 1;
    }
    amp = text.indexOf("&", amp + 1);
  }
  return out + text.slice(last);
}

/** Excel's escape for characters XML cannot carry (control characters): _x0001_; "_x" itself is escaped too. */
const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

export function decodeExcelText(text: string): string {
  const decoded = decodeXml(text);
  if (!decoded.includes("_x")) return decoded;
  return decoded.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// XML 1.0 cannot carry these control characters; Excel writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]|_x[0-9A-Fa-f]{4}_/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, "g");

/** Text as element content or an attribute value (double-quoted). */
export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIAL_ALL, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        if (ch.length > 1) return `_x005F_${ch.slice(1)}`;
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    }
  });
}

/** The attributes of a start tag's text (after its name), namespace prefixes dropped, values decoded. */
export function xmlAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1].replace(/^\w+:/, "")] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

const MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A part whose elements carry a prefix for SpreadsheetML (<x:row>, as some tools write) rewritten with the default
 * namespace, so one reader and one writer serve every file. Parts without such a prefix come back unchanged.
 */
export function withoutMainPrefix(xml: string): string {
  // Namespaces are declared on the root element: only its start tag is searched (parts run to megabytes).
  let root = xml.indexOf("<");
  while (root >= 0 && (xml[root + 1] === "?" || xml[root + 1] === "!")) root = xml.indexOf("<", root + 1);
  const rootTag = root < 0 ? "" : xml.slice(root, xml.indexOf(">", root) + 1);
  const declared = new RegExp(`xmlns:(\\w+)="${MAIN_NAMESPACE.replace(/[./]/g, "\\$&")}"`).exec(rootTag);
  if (!declared) return xml;
  const prefix = declared[1];
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(declared[0], rootTag.includes(`xmlns="${MAIN_NAMESPACE}"`) ? "" : `xmlns="${MAIN_NAMESPACE}"`);
}
