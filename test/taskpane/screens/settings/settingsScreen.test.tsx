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
    expect(
      screen.getByRole("radio", { name: "The last stage: the review score where entered, else the self score" }),
    ).toBeChecked();
    expect(screen.queryByLabelText("Self (%)")).toBeNull();
    expect(screen.getByLabelText("HTXSNV")).toHaveValue("90");
    expect(screen.getByLabelText("HTTNV")).toHaveValue("80");
    expect(screen.getByLabelText("HTNV")).toHaveValue("70");
    expect(screen.getByRole("checkbox", { name: "Apply per-criterion floors" })).toBeChecked();
    expect(screen.getByLabelText("HTXSNV — Per-criterion floors (% of the criterion's maximum)")).toHaveValue("85");
    expect(screen.getByLabelText("Totals dropped at each end (highest, lowest)")).toHaveValue("1");
    expect(screen.getByLabelText("Only when the peer raters number at least")).toHaveValue("5");
    expect(screen.getByLabelText("Emulation flags per cluster")).toHaveValue("1");
    expect(screen.getByLabelText("Certificates of merit: share of the cluster's units (%)")).toHaveValue("20");
    const steps = within(screen.getByRole("list")).getAllByRole("checkbox");
    expect(steps.map((s) => s.parentElement!.textContent)).toEqual([
      "1. higher points in the first group",
      "2. fewer deductions",
      "3. more criteria at full points",
      "4. a priority unit",
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
    await userEvent.click(
      screen.getByRole("radio", { name: "Bình quân có trọng số của điểm tự chấm, chấm chéo và thẩm định" }),
    );
    const self = screen.getByLabelText("Tự chấm (%)");
    await userEvent.clear(self);
    await userEvent.type(self, "30");
    expect(screen.getByText(/phải cộng lại đúng 100 % \(hiện là 110 %\)/)).toBeVisible();
  });

  it("saves the edited settings through updateSettings and says the ranking must be run again", async () => {
    const { host } = await openScreen("en");
    await userEvent.click(screen.getByRole("radio", { name: "Weighted average of the self, peer and review scores" }));
    for (const [label, value] of [
      ["Self (%)", "40"],
      ["Peer (%)", "0"],
      ["Review (%)", "60"],
    ]) {
      await userEvent.clear(screen.getByLabelText(label));
      await userEvent.type(screen.getByLabelText(label), value);
    }
    // Priority to the top, by three presses of its Up button; focus stays with the step, on Down at the top.
    const up = screen.getByRole("button", { name: "Move “a priority unit” up" });
    up.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Move “a priority unit” down" })).toHaveFocus();
    expect(screen.getByText("“a priority unit” is now step 1.")).toBeInTheDocument();
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

  it("edits the award names, the meeting's vote and the time zone, refusing a time zone that does not exist", async () => {
    const { host } = await openScreen("vi");
    // The defaults: the province's awards, two thirds present, more than half of all members, Vietnam's clock.
    expect(screen.getByLabelText("Số thành viên có mặt tối thiểu để biểu quyết (% tổng số thành viên)")).toHaveValue(
      "66,666667",
    );
    expect(screen.getByLabelText("Tỷ lệ phiếu tán thành để thông qua (%)")).toHaveValue("50");
    expect(screen.getByRole("radio", { name: "Phải cao hơn tỷ lệ (như quá bán)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Tổng số thành viên của cụm, khối" })).toBeChecked();
    expect(screen.getByLabelText("Khổ giấy in phiếu bầu")).toHaveValue("A5");
    const zone = screen.getByLabelText("Múi giờ ghi thời gian trong Nhật ký, phiếu và biên bản");
    expect(zone).toHaveValue("Asia/Ho_Chi_Minh");

    await userEvent.clear(zone);
    await userEvent.type(zone, "Asia/Hanoi");
    expect(zone).toHaveAccessibleDescription(/^Múi giờ "Asia\/Hanoi" không có trong danh sách múi giờ chuẩn \(IANA\)/);
    const flag = screen.getByLabelText("Tên đầy đủ của Cờ thi đua");
    expect(flag).toHaveValue("Cờ thi đua của Ủy ban nhân dân tỉnh");
    await userEvent.clear(flag);
    // The setting is named by its label, never by its key (awards.flagName).
    expect(flag).toHaveAccessibleDescription(
      "Thông số “Tên đầy đủ của Cờ thi đua” phải là tên gọi đầy đủ, không để trống, không quá 200 ký tự.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Lưu cài đặt" }));
    expect(watched).not.toHaveBeenCalled();

    await userEvent.type(flag, "  Cờ thi đua của Bộ Tài chính ");
    await userEvent.clear(zone);
    await userEvent.type(zone, "Asia/Bangkok");
    const pass = screen.getByLabelText("Tỷ lệ phiếu tán thành để thông qua (%)");
    await userEvent.clear(pass);
    await userEvent.type(pass, "70");
    await userEvent.click(screen.getByRole("radio", { name: "Từ tỷ lệ trở lên (như 2/3)" }));
    await userEvent.click(screen.getByRole("radio", { name: "Số thành viên có mặt" }));
    await userEvent.selectOptions(screen.getByLabelText("Khổ giấy in phiếu bầu"), "A4");
    await userEvent.click(screen.getByRole("button", { name: "Lưu cài đặt" }));

    expect(await screen.findByText(/Đã lưu cài đặt/)).toBeVisible();
    const after = (await validateWorkbook(host)).meta!.settings;
    expect(after.awards.flagName).toBe("Cờ thi đua của Bộ Tài chính");
    // Left as shown, two thirds stays exactly two thirds.
    expect(after.voting).toEqual({
      quorumShare: 2 / 3,
      passShare: 0.7,
      passRule: "at-least",
      passBasis: "present",
      leaderRotationYears: 1,
      ballotPaper: "A4",
    });
    expect(after.timeZone).toBe("Asia/Bangkok");
    // Many keystrokes, each re-checking the whole form: a longer time limit.
  }, 20_000);

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
    await userEvent.click(screen.getByRole("radio", { name: "Weighted average of the self, peer and review scores" }));
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
