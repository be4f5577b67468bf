// The Rank screen's states: nothing run yet, stale results, a ranked cluster's table, a refusal, a host error.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { RankScreen } from "../../../../src/taskpane/screens/rank/RankScreen";
import { demoCluster } from "../../../../src/cli/demo/demoCluster";
import { injectTemplate } from "../../../../src/workbook/operations/injectTemplate";
import { planInputs } from "../../../../src/workbook/plan/planInputs";
import { MemoryHost } from "../../../workbook/memoryHost";
import { deferred, firstManualCell, NOW, renderScreen, workbookWithTable } from "../../paneFixtures";

describe("Rank screen", () => {
  it("explains what ranking does before it has run, and says when the workbook's results are stale", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<RankScreen />, { host, lang: "vi", stale: true });
    expect(screen.getByText(/Bấm Xếp hạng để tính điểm, xếp hạng, xếp loại và đề nghị khen thưởng/)).toBeVisible();
    expect(screen.getByText(/kết quả trong sổ tính đã cũ/)).toBeVisible();
    expect(host.calls).toEqual([]);
  });

  it("ranks the workbook in place and lists each cluster's units in rank order", async () => {
    const { host, layout } = await workbookWithTable();
    renderScreen(<RankScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Rank" }));
    expect(await screen.findByText("The results were written to the workbook's ranking sheet.")).toBeVisible();
    expect(host.calls).toEqual(["outline", "read", "apply"]);

    // No table of six columns: a list per cluster, named by the cluster's heading.
    expect(screen.queryAllByRole("table")).toHaveLength(0);
    const clusters = [...new Set(layout.units.map((u) => u.cluster))];
    const lists = clusters.map((c) => screen.getByRole("list", { name: c }));
    const items = lists.flatMap((l) => within(l).getAllByRole("listitem"));
    // Every unit appears once, whatever the clusters; a name that looks like a formula is shown as text.
    expect(items).toHaveLength(layout.units.length);
    for (const list of lists) {
      const ranks = within(list)
        .getAllByRole("listitem")
        .map((item) => Number(/^Rank (\d+)/.exec(item.textContent ?? "")?.[1]));
      expect(ranks[0]).toBe(1);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
    for (const unit of layout.units) {
      expect(lists.flatMap((l) => within(l).queryAllByText(unit.name, { exact: true }))).toHaveLength(1);
    }
    for (const item of items) {
      expect(item.textContent).toMatch(/\d points(HTXSNV|HTTNV|HTNV|KHTNV)/);
    }
    expect(
      screen.getByText(
        "HTXSNV: Completed tasks excellently; HTTNV: Completed tasks well; HTNV: Completed tasks; KHTNV: Did not " +
          "complete tasks.",
      ),
    ).toBeVisible();
  });

  it("puts each unit's reasons under it: a tie-break, a grade held down by a floor", async () => {
    // The demo block (thidua demo): SKHCN's total reaches HTXSNV but V.2 is under its floor; SXD and SCT tie.
    const demo = demoCluster();
    const host = new MemoryHost();
    const planned = await injectTemplate(host, demo.template, demo.units, undefined, {
      mode: "review",
      period: "2025",
      clusterTitle: "Khối các sở, ngành tỉnh",
      lang: "vi",
      now: NOW,
    });
    await host.apply(planInputs(planned.layout!, demo.inputs));
    renderScreen(<RankScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    const list = await screen.findByRole("list", { name: "Khối các sở, ngành tỉnh" }, { timeout: 10_000 });
    const item = (name: string) => within(list).getByText(name).closest("li")!;
    expect(item("Sở Giáo dục và Đào tạo")).toHaveTextContent(
      /^Hạng 1Sở Giáo dục và Đào tạo99,50 điểmHTXSNVCờ thi đua$/,
    );
    expect(item("Sở Khoa học và Công nghệ")).toHaveTextContent(
      /tiêu chí V\.2 đạt 2,25\/3 điểm, dưới mức sàn 85% điểm tối đa của loại HTXSNV/,
    );
    expect(item("Sở Xây dựng")).toHaveTextContent(/Bằng điểm với Sở Công Thương/);
    expect(item("Sở Công Thương")).toHaveTextContent(/Bằng điểm với Sở Xây dựng/);
    expect(item("Sở Tài chính")).not.toHaveTextContent(/Bằng điểm|mức sàn/);
    // Findings about a listed unit are under it, not again in a list of their own.
    expect(screen.queryByRole("region", { name: "Lưu ý về khen thưởng" })).toBeNull();
  }, 30_000);

  it("refuses while the entries have errors and points to Validate", async () => {
    const { host, layout } = await workbookWithTable();
    host.type(layout.self.sheet, firstManualCell(layout, 0), 99);
    renderScreen(<RankScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    expect(await screen.findByText(/Chưa xếp hạng được vì số liệu còn lỗi/)).toBeVisible();
    expect(screen.queryAllByRole("list", { name: /Cụm|Khối/ })).toHaveLength(0);
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
