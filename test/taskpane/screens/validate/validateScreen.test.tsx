// The Validate screen's states: nothing run yet, a clean workbook, findings grouped with links and fixes, an error.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { ValidateScreen } from "../../../../src/taskpane/screens/validate/ValidateScreen";
import { deferred, firstManualCell, renderScreen, workbookWithTable } from "../../paneFixtures";

describe("Validate screen", () => {
  it("invites a first validation before any has run", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<ValidateScreen />, { host, lang: "vi" });
    expect(screen.getByText("Bấm Kiểm tra để rà soát số liệu các đơn vị đã nhập.")).toBeVisible();
    expect(host.calls).toEqual([]);
  });

  it("says there is nothing wrong in a valid filled workbook", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<ValidateScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText("No errors or warnings.")).toBeVisible();
  });

  it("groups findings by severity and sheet with counts, and takes the user to a finding's cell", async () => {
    const { host, layout } = await workbookWithTable();
    const above = firstManualCell(layout, 1);
    const comma = firstManualCell(layout, 2);
    host.type(layout.self.sheet, above, 99);
    host.type(layout.self.sheet, comma, "1,5");
    const select = jest.spyOn(host, "select");
    renderScreen(<ValidateScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));

    const errors = await screen.findByRole("region", { name: "Lỗi (2)" });
    expect(within(errors).getByRole("heading", { level: 4, name: "Tự chấm (2)" })).toBeVisible();
    await userEvent.click(within(errors).getByRole("button", { name: `Đến ô ${above}` }));
    expect(select).toHaveBeenCalledWith("Tự chấm", above);
  });

  it("writes a decimal-comma fix as a number and validates again", async () => {
    const { host, layout } = await workbookWithTable();
    const comma = firstManualCell(layout, 2);
    host.type(layout.self.sheet, comma, "1,5");
    renderScreen(<ValidateScreen />, { host, lang: "en", now: () => "2026-03-02T09:30:00.000Z" });
    await userEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByRole("region", { name: "Errors (1)" });

    await userEvent.click(screen.getByRole("button", { name: "Change to 1.5" }));
    expect(await screen.findByText("Fixed 1 cells and validated again.")).toBeVisible();
    // "1,5" with a decimal comma is one and a half.
    expect(host.cell(layout.self.sheet, comma)?.v).toBe(1.5);
    expect(screen.getByText("No errors or warnings.")).toBeVisible();
    // The fix is the log's second row (after the injection), with the time the pane gave it.
    const logRow = layout.log.table.row + 2;
    // 2026-03-02T09:30:00.000Z as the log shows it: Vietnam's local time.
    expect(host.cell(layout.log.sheet, `A${logRow}`)?.v).toBe("16 giờ 30, ngày 02/03/2026");
  });

  it("cannot be started twice while a validation is running", async () => {
    const { host } = await workbookWithTable();
    const gate = deferred();
    const read = host.read.bind(host);
    jest.spyOn(host, "read").mockImplementation(async (requests) => {
      await gate.promise;
      return read(requests);
    });
    renderScreen(<ValidateScreen />, { host, lang: "vi" });
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const running = screen.getByRole("button", { name: /Đang kiểm tra/ });
    expect(running).toBeDisabled();
    await userEvent.click(running);
    gate.release();
    await screen.findByText("Không có lỗi hay cảnh báo nào.");
    expect(host.calls.filter((c) => c === "outline")).toHaveLength(1);
  });

  it("shows a host's failure with the next step, and can be dismissed", async () => {
    const { host } = await workbookWithTable();
    jest.spyOn(host, "read").mockRejectedValue(new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." }));
    renderScreen(<ValidateScreen />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText(/Excel is busy\./)).toBeVisible();
    expect(screen.queryByText(/Check that the workbook is not locked/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByText(/Excel is busy/)).toBeNull());
  });
});
