// The pane inside Excel: opens on Start for a blank workbook and on the working screens for one holding a table,
// switches language, and carries a freshly injected workbook through validation and ranking.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookApp } from "../../../src/taskpane/components/WorkbookApp";
import { MemoryHost } from "../../workbook/memoryHost";
import { firstManualCell, now, renderInTheme, workbookWithTable } from "../paneFixtures";

describe("the pane inside Excel", () => {
  it("opens on Start when the workbook holds no scoring table", async () => {
    const host = new MemoryHost(["Sheet1"]);
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="vi" now={now} />);
    expect(await screen.findByRole("heading", { level: 2, name: "Đưa bảng chấm điểm vào sổ tính" })).toBeVisible();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("opens on Validate with the findings already listed when the workbook holds a table", async () => {
    const { host, layout } = await workbookWithTable();
    host.type(layout.self.sheet, firstManualCell(layout, 0), 99);
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="vi" now={now} />);
    const tabs = await screen.findByRole("tablist", { name: "Các bước" });
    expect(within(tabs).getByRole("tab", { name: "Kiểm tra" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("region", { name: "Lỗi (1)" })).toBeVisible();
  });

  it("switches between Vietnamese and English", async () => {
    const { host } = await workbookWithTable();
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="vi" now={now} />);
    await screen.findByRole("tablist");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");
    expect(screen.getByRole("tab", { name: "Validate" })).toBeVisible();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en");
    expect(document.documentElement.lang).toBe("en");
  });

  it("says when the workbook's results are stale, on the Rank tab", async () => {
    const { host, layout } = await workbookWithTable();
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="en" now={now} />);
    await userEvent.click(await screen.findByRole("tab", { name: "Rank" }));
    await userEvent.click(screen.getByRole("button", { name: "Rank" }));
    await screen.findByText("The results were written to the workbook's ranking sheet.");
    expect(screen.queryByText(/results in the workbook are stale/)).toBeNull();

    // An entry changes after the ranking: reopening the pane finds the stored results stale.
    host.type(layout.self.sheet, firstManualCell(layout, 0), 0);
    document.body.innerHTML = "";
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="en" now={now} />);
    await userEvent.click(await screen.findByRole("tab", { name: "Rank" }));
    expect(screen.getByText(/results in the workbook are stale/)).toBeVisible();
  });

  it("goes from a blank workbook to validation right after injecting", async () => {
    const host = new MemoryHost(["Sheet1"]);
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="en" now={now} />);
    await userEvent.click(await screen.findByRole("textbox", { name: /Member units/ }));
    await userEvent.paste("A1, Unit one\nB2, Unit two");
    await userEvent.click(screen.getByRole("button", { name: "Create the scoring table" }));
    expect(await screen.findByRole("tab", { name: "Validate" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("Click Validate to check the scores the units entered.")).toBeVisible();
    expect(host.names.has("TD_SELF")).toBe(true);
  });
});

describe("the working screens' navigation", () => {
  // Several lazy screens load in each test: more than jest's 5 s on a busy machine.
  const LOADING = { timeout: 10_000 };
  jest.setTimeout(30_000);

  it("keeps the main screens as tabs and the others in the Thêm menu, loading each when first opened", async () => {
    const { host } = await workbookWithTable();
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="vi" now={now} />);
    const tablist = await screen.findByRole("tablist", { name: "Các bước" }, LOADING);
    const tabs = within(tablist).getAllByRole("tab");
    // Fluent's tab holds its label twice (one copy reserves the bold width), hence names, not text.
    const names = ["Kiểm tra", "Xếp hạng", "Phiếu"];
    expect(tabs.map((t, i) => within(tablist).getByRole("tab", { name: names[i] }) === t)).toEqual(
      names.map(() => true),
    );
    const more = screen.getByRole("button", { name: "Thêm" });
    expect(more).toHaveAttribute("aria-haspopup", "menu");

    await userEvent.click(more);
    const items = await screen.findAllByRole("menuitemradio");
    expect(items.map((i) => i.textContent)).toEqual(["Phân tích", "Bình xét", "Tỉnh", "Cài đặt", "Tự kiểm tra"]);
    await userEvent.click(screen.getByRole("menuitemradio", { name: "Phân tích" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Phân tích độ công bằng" }, LOADING)).toBeVisible();
    // The menu's button now names the screen shown, and no tab is selected.
    expect(screen.getByRole("button", { name: "Phân tích", expanded: false })).toHaveAttribute("aria-current", "page");
    expect(tabs.every((t) => t.getAttribute("aria-selected") === "false")).toBe(true);
    expect(screen.getByRole("region", { name: "Phân tích" })).toBeVisible();
    // The choice closes the menu, as choosing a tab would leave nothing open.
    await waitFor(() => expect(screen.queryByRole("menuitemradio")).toBeNull());

    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(screen.getByRole("tab", { name: "Xếp hạng" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "Thêm" })).not.toHaveAttribute("aria-current");
    expect(screen.queryByRole("heading", { level: 2, name: "Phân tích độ công bằng" })).toBeNull();
  });

  // Arrow keys inside the open menu are Fluent's and need a browser's focus handling: the e2e test presses them.
  it("opens the menu with Enter and chooses an item with Enter", async () => {
    const { host } = await workbookWithTable();
    renderInTheme(<WorkbookApp createHost={() => host} initialLang="en" now={now} />);
    await screen.findByRole("tablist", { name: "Steps" }, LOADING);
    screen.getByRole("button", { name: "More" }).focus();
    await userEvent.keyboard("{Enter}");
    const settings = await screen.findByRole("menuitemradio", { name: "Settings" });
    expect(screen.getByRole("button", { name: "More" })).toHaveAttribute("aria-expanded", "true");
    settings.focus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { level: 2, name: "The workbook's settings" }, LOADING)).toBeVisible();
    expect(screen.getByRole("button", { name: "Settings", expanded: false })).toHaveAttribute("aria-current", "page");
  });
});
