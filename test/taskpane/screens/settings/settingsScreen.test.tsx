// The Settings screen as an editor: the workbook's settings in fields, checks under the fields that block saving,
// saving through updateSettings (the real operation, watched), reordering tie-break steps by keyboard-reachable
// buttons, a host failure in a MessageBar, and the empty state.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { validateWorkbook } from "../../../../src/workbook/operations/validateWorkbook";
import { updateSettings } from "../../../../src/workbook/operations/updateSettings";
import { SettingsScreen } from "../../../../src/taskpane/screens/settings/SettingsScreen";
import { MemoryHost } from "../../../workbook/memoryHost";
import { NOW, renderScreen, workbookWithTable } from "../../paneFixtures";

jest.mock("../../../../src/workbook/operations/updateSettings", () => {
  const actual = jest.requireActual("../../../../src/workbook/operations/updateSettings");
  return { ...actual, updateSettings: jest.fn(actual.updateSettings) };
});

const watched = updateSettings as jest.MockedFunction<typeof updateSettings>;

beforeEach(() => watched.mockClear());

async function openScreen(lang: "vi" | "en" = "en") {
  const { host, layout } = await workbookWithTable();
  renderScreen(<SettingsScreen />, { host, lang });
  await screen.findByRole("button", { name: lang === "en" ? "Save settings" : "Lưu cài đặt" });
  host.calls.length = 0;
  return { host, layout };
}

describe("Settings screen", () => {
  it("shows the workbook's current settings in its fields", async () => {
    await openScreen("en");
    // khoi-so-nganh keeps the defaults: last stage, 90/80/70 with floors 85/80/70, one flag, 20 % certificates.
    expect(screen.getByRole("radio", { name: "Review where entered, else self score" })).toBeChecked();
    expect(screen.queryByLabelText("Self (%)")).toBeNull();
    expect(screen.getByLabelText("HTXSNV")).toHaveValue("90");
    expect(screen.getByLabelText("HTTNV")).toHaveValue("80");
    expect(screen.getByLabelText("HTNV")).toHaveValue("70");
    expect(screen.getByRole("checkbox", { name: "Apply per-criterion floors" })).toBeChecked();
    expect(screen.getByLabelText("HTXSNV — Per-criterion floors (% of max)")).toHaveValue("85");
    expect(screen.getByLabelText("Totals dropped each side")).toHaveValue("1");
    expect(screen.getByLabelText("Only with at least (raters)")).toHaveValue("5");
    expect(screen.getByLabelText("Emulation flags per cluster")).toHaveValue("1");
    expect(screen.getByLabelText("Certificates of merit: share of units (%)")).toHaveValue("20");
    const steps = within(screen.getByRole("list")).getAllByRole("checkbox");
    expect(steps.map((s) => s.parentElement!.textContent)).toEqual([
      "1. higher points in the first group",
      "2. fewer deductions",
      "3. more criteria at full points",
      "4. priority unit",
    ]);
    expect(steps.every((s) => (s as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByLabelText("Workbook language")).toHaveValue("vi");
  });

  it("shows each field's problem under it and saves nothing while there is one", async () => {
    const { host } = await openScreen("en");
    const good = screen.getByLabelText("HTTNV");
    await userEvent.clear(good);
    await userEvent.type(good, "95");
    expect(screen.getByText("Grade thresholds must descend: HTXSNV above HTTNV, HTTNV above HTNV.")).toBeVisible();
    const flags = screen.getByLabelText("Emulation flags per cluster");
    await userEvent.clear(flags);
    await userEvent.type(flags, "một");
    expect(flags).toHaveAccessibleDescription("Enter a number.");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(screen.getByText("Not saved: correct the marked fields first.")).toBeVisible();
    expect(watched).not.toHaveBeenCalled();
    expect(host.calls).toEqual([]);
  });

  it("asks weighted weights to add up to 100 %, in Vietnamese too", async () => {
    await openScreen("vi");
    await userEvent.click(screen.getByRole("radio", { name: "Bình quân gia quyền các lớp chấm" }));
    const self = screen.getByLabelText("Tự chấm (%)");
    await userEvent.clear(self);
    await userEvent.type(self, "30");
    expect(screen.getByText(/phải cộng lại đúng 100 % \(hiện là 110 %\)/)).toBeVisible();
  });

  it("saves the edited settings through updateSettings and says the ranking must be run again", async () => {
    const { host } = await openScreen("en");
    await userEvent.click(screen.getByRole("radio", { name: "Weighted blend of the layers" }));
    for (const [label, value] of [
      ["Self (%)", "40"],
      ["Peer (%)", "0"],
      ["Review (%)", "60"],
    ]) {
      await userEvent.clear(screen.getByLabelText(label));
      await userEvent.type(screen.getByLabelText(label), value);
    }
    // Priority to the top, by three presses of its Up button; focus stays with the step, on Down at the top.
    const up = screen.getByRole("button", { name: "Move “priority unit” up" });
    up.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Move “priority unit” down" })).toHaveFocus();
    expect(screen.getByText("“priority unit” is now step 1.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: "3. fewer deductions" }));
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText(/Settings saved and formulas rebuilt/)).toBeVisible();
    expect(watched).toHaveBeenCalledTimes(1);
    const [usedHost, overrides, options] = watched.mock.calls[0];
    expect(usedHost).toBe(host);
    expect(overrides).toMatchObject({
      finalRule: "weighted",
      weights: { self: 0.4, peer: 0, review: 0.6 },
      grades: { thresholds: { HTXSNV: 0.9, HTTNV: 0.8, HTNV: 0.7 }, floors: { HTXSNV: 0.85, HTTNV: 0.8, HTNV: 0.7 } },
      tieBreak: ["priority", "first-group", "more-full-criteria"],
      lang: "vi",
    });
    expect(options).toMatchObject({ now: NOW });
    // What decides the plan, then the cells the new settings change, then one write.
    expect(host.calls).toEqual(["outline", "read", "read", "apply"]);
    const after = await validateWorkbook(host);
    expect(after.meta!.settings).toMatchObject({
      finalRule: "weighted",
      weights: { self: 0.4, peer: 0, review: 0.6 },
      tieBreak: ["priority", "first-group", "more-full-criteria"],
    });
  });

  it("says so when nothing changed", async () => {
    await openScreen("en");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("The settings are unchanged: the workbook was left as it is.")).toBeVisible();
  });

  it("shows a host failure in an error MessageBar", async () => {
    const { host } = await openScreen("en");
    host.apply = jest
      .fn()
      .mockRejectedValue(
        new HostError("protected", { vi: "Sheet Cài đặt đang được khóa.", en: "The Settings sheet is protected." }),
      );
    await userEvent.click(screen.getByRole("radio", { name: "Weighted blend of the layers" }));
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText(/The Settings sheet is protected\./)).toBeVisible();
    await waitFor(() => expect(screen.getByRole("button", { name: "Save settings" })).toBeEnabled());
    expect(screen.queryByText(/Settings saved/)).toBeNull();
  });

  it("says the settings cannot be read when the workbook holds no scoring table", async () => {
    renderScreen(<SettingsScreen />, { host: new MemoryHost(["Sheet1"]), lang: "vi" });
    expect(await screen.findByText(/Không đọc được cài đặt/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Lưu cài đặt" })).toBeNull();
  });
});
