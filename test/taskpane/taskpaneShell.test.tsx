// The task pane's start-up in jsdom: what it mounts outside Office and inside Excel (with a faked Office).
import { act, screen, within } from "@testing-library/react";
import type { Root } from "react-dom/client";
import type { OfficeGlobal } from "../../src/taskpane/detectOfficeHost";
import { mountTaskpane } from "../../src/taskpane/mountTaskpane";
import type { WorkbookAccess } from "../../src/taskpane/components/App";
import { MemoryHost } from "../workbook/memoryHost";

let root: Root | undefined;

async function mountWith(office: OfficeGlobal | undefined, browserLanguage: string, workbook?: WorkbookAccess) {
  document.body.innerHTML = '<div id="container"></div>';
  const container = document.getElementById("container") as HTMLElement;
  // act() lets React finish rendering before the assertions, as the page's own event loop would.
  await act(async () => {
    root = await mountTaskpane(container, office, browserLanguage, workbook);
  });
}

const excel = (displayLanguage: string): OfficeGlobal => ({
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: { displayLanguage },
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

describe("task pane outside Office", () => {
  it("explains, in Vietnamese, what Thi đua is and how to open it in Excel when office.js did not load", async () => {
    await mountWith(undefined, "vi-VN");
    expect(await screen.findByRole("heading", { level: 1, name: "Thi đua chạy trong Excel" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Cách mở trong Excel" })).toBeVisible();
    const steps = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent("Tải lên Phần bổ trợ của tôi (Upload My Add-in)");
    expect(steps[0]).toHaveTextContent("manifest.xml");
    expect(document.documentElement.lang).toBe("vi");
  });

  it("speaks English when the browser's language is not Vietnamese", async () => {
    await mountWith(undefined, "en-GB");
    expect(await screen.findByRole("heading", { level: 1, name: "Thi đua runs inside Excel" })).toBeVisible();
    expect(screen.getByText(/Insert › Add-ins › Upload My Add-in/)).toBeVisible();
    expect(document.documentElement.lang).toBe("en");
  });

  it("shows the same card when office.js loaded but reports no Office host", async () => {
    await mountWith({ onReady: () => Promise.resolve({ host: null, platform: null }) }, "vi-VN");
    expect(await screen.findByRole("heading", { level: 1, name: "Thi đua chạy trong Excel" })).toBeVisible();
  });
});

describe("task pane inside Excel", () => {
  it("shows the home screen with the product's three jobs, in Office's language rather than the browser's", async () => {
    await mountWith(excel("vi-VN"), "en-US");
    expect(await screen.findByRole("heading", { level: 1, name: "Thi đua" })).toBeVisible();
    const jobs = within(screen.getByRole("region", { name: "Thi đua giúp bạn" })).getAllByRole("listitem");
    expect(jobs.map((job) => job.textContent)).toEqual([
      expect.stringContaining("bảng chấm điểm"),
      expect.stringContaining("Kiểm tra số liệu"),
      expect.stringContaining("Xếp hạng"),
    ]);
    expect(screen.queryByRole("heading", { name: "Thi đua chạy trong Excel" })).toBeNull();
  });

  it("opens the Start screen over the workbook when it can reach one", async () => {
    const host = new MemoryHost(["Sheet1"]);
    await mountWith(excel("vi-VN"), "en-US", { createHost: () => host, requirements: () => null });
    expect(await screen.findByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" })).toBeVisible();
    // A blank workbook holds no table and no undo record: its outline says so, and nothing more is read.
    expect(host.calls).toEqual(["outline"]);
  });

  it("shows the home screen with what this Excel lacks, and reads nothing, when a required API set is missing", async () => {
    const host = new MemoryHost(["Sheet1"]);
    const missing = { vi: "Excel này thiếu ExcelApi 1.8.", en: "This Excel lacks ExcelApi 1.8." };
    await mountWith(excel("en-US"), "en-US", { createHost: () => host, requirements: () => missing });
    expect(await screen.findByText("This Excel lacks ExcelApi 1.8.")).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "What Thi đua does" })).toBeVisible();
    expect(host.calls).toEqual([]);
  });

  it("offers no buttons on the home screen shown when no workbook can be reached", async () => {
    await mountWith(excel("en-US"), "en-US");
    expect(await screen.findByRole("heading", { level: 2, name: "What Thi đua does" })).toBeVisible();
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
  });
});
