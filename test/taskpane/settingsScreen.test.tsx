// The Settings screen: the workbook's settings read back in words, read-only with the reason, and its empty state.
import { screen } from "@testing-library/react";
import { SettingsScreen } from "../../src/taskpane/screens/settings/SettingsScreen";
import { MemoryHost } from "../workbook/memoryHost";
import { renderInTheme, workbookWithTable } from "./paneFixtures";

describe("Settings screen", () => {
  it("shows the workbook's settings in words and says why they cannot be changed here", async () => {
    const { host } = await workbookWithTable();
    renderInTheme(<SettingsScreen host={host} lang="en" />);
    expect(await screen.findByText("Final score rule")).toBeVisible();
    expect(screen.getByText(/can be viewed here but not changed/)).toBeVisible();
    const terms = screen.getAllByRole("term").map((t) => t.textContent);
    expect(terms).toEqual([
      "Final score rule",
      "Peer trimming",
      "Grade thresholds (share of max)",
      "Per-criterion floors",
      "Award quotas",
      "Tie-break order",
      "Workbook language",
    ]);
    // The scenario's workbook is Vietnamese; tie-break steps are numbered in their configured order.
    expect(screen.getByText("Tiếng Việt")).toBeVisible();
    expect(screen.getByText(/^1\. /)).toBeVisible();
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
  });

  it("says the settings cannot be read when the workbook holds no scoring table", async () => {
    renderInTheme(<SettingsScreen host={new MemoryHost(["Sheet1"])} lang="vi" />);
    expect(await screen.findByText(/Không đọc được cài đặt/)).toBeVisible();
  });
});
