// The Rank screen's states: nothing run yet, stale results, a ranked cluster's table, a refusal, a host error.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { RankScreen } from "../../../../src/taskpane/screens/rank/RankScreen";
import { deferred, firstManualCell, renderScreen, workbookWithTable } from "../../paneFixtures";

describe("Rank screen", () => {
  it("explains what ranking does before it has run, and says when the workbook's results are stale", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<RankScreen />, { host, lang: "vi", stale: true });
    expect(screen.getByText(/Bấm Xếp hạng để tính điểm cuối cùng/)).toBeVisible();
    expect(screen.getByText(/kết quả trong sổ tính đã cũ/)).toBeVisible();
    expect(host.calls).toEqual([]);
  });

  it("ranks the workbook in place and shows each cluster's table in rank order", async () => {
    const { host, layout } = await workbookWithTable();
    renderScreen(<RankScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Rank" }));
    expect(await screen.findByText("The results were written to the workbook's ranking sheet.")).toBeVisible();
    expect(host.calls).toEqual(["outline", "read", "apply"]);

    const tables = screen.getAllByRole("table");
    expect(tables.length).toBeGreaterThan(0);
    const rows = tables.flatMap((t) => within(t).getAllByRole("row").slice(1));
    // Every unit appears once, whatever the clusters; a name that looks like a formula is shown as text.
    expect(rows).toHaveLength(layout.units.length);
    expect(rows.map((r) => within(r).getAllByRole("cell")[1].textContent).sort()).toEqual(
      layout.units.map((u) => u.name).sort(),
    );
    const headers = within(tables[0])
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Rank", "Unit", "Final", "Grade", "Award", "Tie-break"]);
    for (const table of tables) {
      const ranks = within(table)
        .getAllByRole("row")
        .slice(1)
        .map((r) => Number(within(r).getAllByRole("cell")[0].textContent));
      expect(ranks[0]).toBe(1);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
    for (const row of rows)
      expect(within(row).getAllByRole("cell")[3].textContent).toMatch(/^(HTXSNV|HTTNV|HTNV|KHTNV)$/);
  });

  it("refuses while the entries have errors and points to Validate", async () => {
    const { host, layout } = await workbookWithTable();
    host.type(layout.self.sheet, firstManualCell(layout, 0), 99);
    renderScreen(<RankScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    expect(await screen.findByText(/Chưa xếp hạng được vì số liệu còn lỗi/)).toBeVisible();
    expect(screen.queryAllByRole("table")).toHaveLength(0);
    expect(
      within(screen.getByRole("region", { name: "Lưu ý về khen thưởng" })).getAllByRole("listitem").length,
    ).toBeGreaterThan(0);
    expect(host.calls).not.toContain("apply");
  });

  it("shows a progress bar and a disabled button while ranking runs", async () => {
    const { host } = await workbookWithTable();
    const gate = deferred();
    const apply = host.apply.bind(host);
    jest.spyOn(host, "apply").mockImplementation(async (plan) => {
      await gate.promise;
      return apply(plan);
    });
    renderScreen(<RankScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Rank" }));
    expect(await screen.findByRole("progressbar", { name: "Ranking…" })).toBeVisible();
    expect(screen.getByRole("button", { name: /Ranking…/ })).toBeDisabled();
    gate.release();
    expect(await screen.findByText("The results were written to the workbook's ranking sheet.")).toBeVisible();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows a protected-sheet failure with the next step", async () => {
    const { host } = await workbookWithTable();
    jest
      .spyOn(host, "apply")
      .mockRejectedValue(
        new HostError("protected", { vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." }),
      );
    renderScreen(<RankScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    expect(await screen.findByText(/Trang tính đang được bảo vệ\./)).toBeVisible();
    expect(screen.queryByText(/Hãy kiểm tra sổ tính/)).toBeNull();
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeEnabled();
  });
});
