import { detectOfficeHost, OFFICE_READY_TIMEOUT_MS, type OfficeGlobal } from "../../src/taskpane/detectOfficeHost";

const officeReporting = (info: { host: string | null; platform: string | null }, displayLanguage?: string) =>
  ({ onReady: () => Promise.resolve(info), context: { displayLanguage } }) satisfies OfficeGlobal;

describe("detectOfficeHost", () => {
  afterEach(() => jest.useRealTimers());

  it("is outside Office when office.js never loaded (no Office global)", async () => {
    await expect(detectOfficeHost(undefined)).resolves.toEqual({ kind: "outside", reason: "no-office-js" });
  });

  it("is outside Office when office.js reports ready without a host (a plain browser)", async () => {
    await expect(detectOfficeHost(officeReporting({ host: null, platform: null }))).resolves.toEqual({
      kind: "outside",
      reason: "no-host",
    });
  });

  it("is inside Excel when office.js reports the Excel host, with Office's display language", async () => {
    await expect(
      detectOfficeHost(officeReporting({ host: "Excel", platform: "OfficeOnline" }, "vi-VN")),
    ).resolves.toEqual({ kind: "inside", host: "Excel", platform: "OfficeOnline", displayLanguage: "vi-VN" });
  });

  it("gives up waiting and says outside when office.js never reports ready", async () => {
    jest.useFakeTimers();
    const stalled: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
    let settled: unknown;
    void detectOfficeHost(stalled).then((state) => (settled = state));
    await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
    expect(settled).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ kind: "outside", reason: "timeout" });
  });

  it("is outside Office when office.js fails while getting ready", async () => {
    const failing: OfficeGlobal = { onReady: () => Promise.reject(new Error("host unreachable")) };
    await expect(detectOfficeHost(failing)).resolves.toEqual({ kind: "outside", reason: "no-host" });
  });
});
