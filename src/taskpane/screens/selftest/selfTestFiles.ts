// The self-test's forms round trip in memory: a form written to .xlsx bytes and opened again by the .xlsx host (the .xlsx
// host, loaded on first use in its own chunk, as the Forms screen loads it), so no new Excel window opens.

import type { FormFiles } from "../../../workbook/selftest/runSelfTest";

const loadXlsxHost = () =>
  import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/xlsxHost").then((mod) => mod.XlsxHost);

export const xlsxFormFiles: FormFiles = {
  async write(plan) {
    const XlsxHost = await loadXlsxHost();
    const host = XlsxHost.create();
    await host.apply(plan);
    return host.save();
  },
  async open(bytes) {
    const XlsxHost = await loadXlsxHost();
    const host = await XlsxHost.load(bytes);
    return { host, save: () => host.save() };
  },
};
