// The pane's one running operation: a second start while one runs is refused without running its job, progress
// and the step in words are kept while it runs, and a failure is kept with the name of the operation that failed.
import { act, renderHook } from "@testing-library/react";
import { useOneOperation } from "../../../src/taskpane/pane/useOneOperation";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { deferred } from "../paneFixtures";

describe("useOneOperation", () => {
  it("refuses a second operation while one runs, and runs the next one once it is done", async () => {
    const { result } = renderHook(() => useOneOperation());
    const gate = deferred();
    const second = jest.fn(async () => "second");
    let first!: Promise<string | undefined>;
    act(() => {
      first = result.current.run("rank", async (progress) => {
        progress({ fraction: 0.5, step: { vi: "Đang ghi", en: "Writing" } });
        await gate.promise;
        return "ranked";
      });
    });
    expect(result.current.running).toEqual({ name: "rank", progress: 0.5, step: { vi: "Đang ghi", en: "Writing" } });

    let refused: string | undefined = "not yet";
    await act(async () => {
      refused = await result.current.run("undo", second);
    });
    expect(refused).toBeUndefined();
    expect(second).not.toHaveBeenCalled();

    await act(async () => {
      gate.release();
      expect(await first).toBe("ranked");
    });
    expect(result.current.running).toBeNull();
    let next: string | undefined;
    await act(async () => {
      next = await result.current.run("undo", second);
    });
    expect(next).toBe("second");
  });

  it("keeps a host's explanation with the name of the operation that failed, until dismissed", async () => {
    const { result } = renderHook(() => useOneOperation());
    const busy = new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." });
    await act(async () => {
      await result.current.run("save-settings", () => Promise.reject(busy));
    });
    expect(result.current.failure).toEqual({ name: "save-settings", detail: busy.detail });
    act(() => result.current.dismiss());
    expect(result.current.failure).toBeNull();
  });

  it("gives a failure nobody foresaw no explanation of its own", async () => {
    const { result } = renderHook(() => useOneOperation());
    await act(async () => {
      await result.current.run("fix", () => Promise.reject(new Error("bug")));
    });
    expect(result.current.failure).toEqual({ name: "fix", detail: true });
  });
});
