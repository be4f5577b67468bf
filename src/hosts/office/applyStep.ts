// One unit of a plan's write, queued on an Office.js request context: steps are cut into requests by what the client
// really sends for them (requestMeter.ts), and a step's worksheet proxies outlive the request that made them.

export interface ApplyEnv {
  context: Excel.RequestContext;
  /** The proxy of a sheet: the one an earlier step added, else looked up by name. */
  sheet(name: string): Excel.Worksheet;
  /** Adds a sheet at the end of the workbook (not activated) and remembers its proxy. */
  addSheet(name: string): Excel.Worksheet;
  /**
   * A range to write within this request, untracked: Office.js would otherwise keep each range by reference inside
   * Excel.run, which costs two more actions now and a release request after the run. Asked again for the same
   * address in the same request, the same proxy: its object path and instantiation are sent once (formats of one
   * rectangle, a validation's box then its clear).
   */
  range(sheet: string, address: string): Excel.Range;
  /** The request was sent: ranges are made afresh in the next (Excel keeps no untracked range between requests). */
  endRequest(): void;
}

export interface ApplyStep {
  run(env: ApplyEnv): void;
}

/** Worksheet proxies for one Excel.run, shared by every request of an apply. */
export function createApplyEnv(context: Excel.RequestContext): ApplyEnv {
  const sheets = new Map<string, Excel.Worksheet>();
  const ranges = new Map<string, Excel.Range>();
  const key = (name: string) => name.toLocaleUpperCase();
  const env: ApplyEnv = {
    context,
    sheet(name) {
      let proxy = sheets.get(key(name));
      if (!proxy) {
        proxy = context.workbook.worksheets.getItem(name);
        sheets.set(key(name), proxy);
      }
      return proxy;
    },
    addSheet(name) {
      const proxy = context.workbook.worksheets.add(name);
      sheets.set(key(name), proxy);
      return proxy;
    },
    range(sheet, address) {
      const id = `${key(sheet)}!${address}`;
      let range = ranges.get(id);
      if (!range) {
        range = env.sheet(sheet).getRange(address).untrack();
        ranges.set(id, range);
      }
      return range;
    },
    endRequest: () => ranges.clear(),
  };
  return env;
}
