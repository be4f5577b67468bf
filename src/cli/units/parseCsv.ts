// RFC 4180 CSV: fields separated by a delimiter, records by CRLF or LF, quoted fields holding delimiters, line
// breaks and doubled quotes. Each record keeps the line it starts on, so that problems can name it.

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvParse {
  records: CsvRecord[];
  /** Line of a quote that is never closed (the records end before it), else null. */
  unclosedQuoteLine: number | null;
}

/**
 * The delimiter of the header line: a comma, or a semicolon when the header has semicolons and no comma (Excel
 * saves CSV with ";" where the decimal sign is a comma, as in Vietnamese settings).
 */
export function detectDelimiter(text: string): "," | ";" {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

export function parseCsv(text: string, delimiter: "," | ";" = ","): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      // A quoted field: runs to the next lone quote, across delimiters and line breaks.
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      if (!closed) return { records, unclosedQuoteLine: quoteLine };
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") {
      i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      recordLine = line;
      i++;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records, unclosedQuoteLine: null };
}
