// The Analysis screen's states: nothing run yet, self vs final charts, cross-mode leniency and agreement, a refusal
// while entries have errors, and a host error. It never writes to the workbook.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { AnalysisScreen } from "../../../../src/taskpane/screens/analysis/AnalysisScreen";
import { firstManualCell, renderScreen, workbookWithTable } from "../../paneFixtures";

describe("Analysis screen", () => {
  it("explains what it compares before it has run", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<AnalysisScreen />, { host, lang: "vi" });
    expect(screen.getByText(/Bấm Phân tích để so sánh điểm tự chấm/)).toBeVisible();
    expect(host.calls).toEqual([]);
  });

  it("draws self against final for every unit of each cluster, and writes nothing", async () => {
    const { host, layout } = await workbookWithTable();
    renderScreen(<AnalysisScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Analyse" }));
    const charts = await screen.findAllByRole("img", { name: "Self score and final score" });
    const clusters = new Set(layout.units.map((u) => u.cluster));
    expect(charts).toHaveLength(clusters.size);
    // Each unit is listed once under the charts, in words, for screen readers.
    const described = screen.getAllByText(/^.+: self .+, final .+$/);
    expect(described).toHaveLength(layout.units.length);
    expect(screen.queryByRole("img", { name: /Rater leniency/ })).toBeNull();
    expect(host.calls).not.toContain("apply");
  });

  it("adds rater leniency and Kendall's W with its label when units scored each other", async () => {
    const { host } = await workbookWithTable(true, "cross");
    renderScreen(<AnalysisScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Analyse" }));
    expect((await screen.findAllByRole("img", { name: /^Rater leniency/ })).length).toBeGreaterThan(0);
    for (const line of screen.getAllByText(/^Agreement between raters \(Kendall's W\): /)) {
      expect(line.textContent).toMatch(/: (0|1|0\.\d+), (weak|moderate|strong)/);
    }
    expect(within(screen.getByRole("region", { name: "Observations" })).getByRole("heading")).toBeVisible();
  });

  it("refuses while the entries have errors", async () => {
    const { host, layout } = await workbookWithTable();
    host.type(layout.self.sheet, firstManualCell(layout, 0), 99);
    renderScreen(<AnalysisScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Phân tích" }));
    expect(await screen.findByText(/Chưa phân tích được vì số liệu còn lỗi/)).toBeVisible();
    expect(screen.queryAllByRole("img")).toHaveLength(0);
  });

  it("shows a host's failure in the host's words", async () => {
    const { host } = await workbookWithTable();
    const detail = { vi: "Lỗi Excel. Hãy thử lại.", en: "Excel failed. Try again." };
    jest.spyOn(host, "outline").mockRejectedValue(new HostError("general", detail));
    renderScreen(<AnalysisScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Analyse" }));
    expect(await screen.findByText("Excel failed. Try again.")).toBeVisible();
  });

  it("gives a failure nobody foresaw the general next step", async () => {
    const { host } = await workbookWithTable();
    jest.spyOn(host, "outline").mockRejectedValue(new TypeError("x is undefined"));
    renderScreen(<AnalysisScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Analyse" }));
    expect(
      await screen.findByText("Check that the workbook is not locked or in cell-edit mode, then try again."),
    ).toBeVisible();
    // Nothing of the programming error reaches the user.
    expect(screen.queryByText(/undefined/)).toBeNull();
  });
});
