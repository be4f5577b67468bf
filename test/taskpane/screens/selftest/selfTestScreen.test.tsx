// The Tự kiểm tra screen: run in a blank workbook (the proxy fake of Excel behind the Office host, answering formulas
// as a correct Excel would), a progress line per step, the verdict, each step, the report and its copy button; in a
// workbook with a scoring table only the warning, the run locked.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { SelfTestScreen } from "../../../../src/taskpane/screens/selftest/SelfTestScreen";
import { HostError, type Host } from "../../../../src/workbook/host/hostTypes";
import { createFakeExcel, type FakeExcel } from "../../../fakes/excel/createFakeExcel";
import { resultsEvaluator } from "../../../fakes/resultsEvaluator";
import { deferred, renderScreen } from "../../paneFixtures";

jest.setTimeout(120_000);

function blankExcel(): FakeExcel {
  const excel = createFakeExcel({ maxApiVersion: "1.12", platform: "PC", displayLanguage: "vi-VN" });
  excel.fake.setEvaluator(resultsEvaluator(excel.fake));
  return excel;
}

/** The Clipboard API as Office gives it, or refuses it; after userEvent.setup(), which installs a clipboard of its own. */
function mockClipboard(): jest.Mock<Promise<void>, [string]> {
  const writeText = jest.fn<Promise<void>, [string]>();
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the self-test screen in a blank workbook", () => {
  it("runs every step, says it passed, lists the steps and copies a report naming this Excel", async () => {
    const excel = blankExcel();
    (globalThis as { Office?: unknown }).Office = excel.Office;
    const user = userEvent.setup();
    renderScreen(<SelfTestScreen />, { host: new OfficeHost(excel.Excel, excel.Office), hasTable: false });

    await user.click(screen.getByRole("button", { name: "Chạy tự kiểm tra" }));
    await screen.findByText(/^Tự kiểm tra ĐẠT/, undefined, { timeout: 100_000 });

    const steps = within(screen.getByRole("list", { name: "Kết quả từng bước" })).getAllByRole("listitem");
    expect(steps).toHaveLength(14);
    expect(steps.every((step) => within(step).queryByText("ĐẠT") !== null)).toBe(true);
    expect(steps[13]).toHaveTextContent(/^ĐẠTDọn dẹpĐã xóa \d+ trang tính và \d+ tên do tự kiểm tra tạo/);
    expect(excel.fake.sheetNames()).toEqual(["Sheet1"]);

    const report = screen.getByRole("textbox", { name: "Báo cáo để gửi bộ phận hỗ trợ" }) as HTMLTextAreaElement;
    expect(report.readOnly).toBe(true);
    const lines = report.value.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "Thi đua – Tự kiểm tra",
      "Kết quả: ĐẠT (14 bước đạt).",
      "Thời gian: 15 giờ 00, ngày 01/03/2026",
      "Excel: Excel, nền tảng PC, phiên bản 16.0.0.0, ngôn ngữ vi-VN",
      "Bộ yêu cầu ExcelApi được hỗ trợ: 1.1–1.12",
      "Bộ yêu cầu ExcelApi không được hỗ trợ: 1.13–1.17",
    ]);

    const writeText = mockClipboard().mockResolvedValue(undefined);
    await user.click(screen.getByRole("button", { name: "Sao chép" }));
    expect(writeText).toHaveBeenCalledWith(report.value);
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Đã sao chép báo cáo; hãy dán vào thư gửi bộ phận hỗ trợ.",
    );

    // Office refused the clipboard: the report is selected and copied with the copy command.
    writeText.mockRejectedValue(new Error("Write permission denied."));
    const execCommand = jest.fn(() => true);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    await user.click(screen.getByRole("button", { name: "Sao chép" }));
    await waitFor(() => expect(execCommand).toHaveBeenCalledWith("copy"));
    expect(document.activeElement).toBe(report);
    expect([report.selectionStart, report.selectionEnd]).toEqual([0, report.value.length]);

    // Neither worked: the user is told to press Ctrl+C on the selected report.
    execCommand.mockReturnValue(false);
    await user.click(screen.getByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText(/^Không sao chép tự động được/)).toBeInTheDocument();
  });

  it("shows which step runs while it runs, locks the run button, and tells a failure with what to send", async () => {
    const excel = blankExcel();
    const office = new OfficeHost(excel.Excel, excel.Office);
    const hold = deferred();
    // The first look at the workbook waits until the test has seen the screen, then Excel is busy.
    const host: Host = {
      outline: async () => {
        await hold.promise;
        throw new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." });
      },
      read: (r) => office.read(r),
      apply: (p, progress) => office.apply(p, progress),
      select: (s, c) => office.select(s, c),
      readSelection: () => office.readSelection(),
      removeParts: (parts) => office.removeParts(parts),
    };
    const user = userEvent.setup();
    renderScreen(<SelfTestScreen />, { host, hasTable: false });
    await user.click(screen.getByRole("button", { name: "Chạy tự kiểm tra" }));
    expect(await screen.findByText("Bước 1/14: Sổ tính trống")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Đang tự kiểm tra/ })).toBeDisabled();
    await act(async () => hold.release());
    expect(
      await screen.findByText(
        "Tự kiểm tra KHÔNG ĐẠT ở 1 bước. Hãy sao chép báo cáo dưới đây và gửi kèm thư cho bộ phận hỗ trợ.",
      ),
    ).toBeInTheDocument();
    const steps = within(screen.getByRole("list", { name: "Kết quả từng bước" })).getAllByRole("listitem");
    expect(steps[0]).toHaveTextContent("KHÔNG ĐẠTSổ tính trốngExcel báo lỗi: Excel đang bận.");
    expect(steps[1]).toHaveTextContent("CHƯA CHẠYTạo bảng chấm điểmKhông chạy vì một bước trước đó không thành công.");
    expect(screen.getByRole("button", { name: "Chạy tự kiểm tra" })).toBeEnabled();
  });
});

describe("the self-test screen in a workbook that holds a scoring table", () => {
  it("says to open a blank workbook and does not let the self-test run", () => {
    const excel = blankExcel();
    renderScreen(<SelfTestScreen />, { host: new OfficeHost(excel.Excel, excel.Office), hasTable: true });
    expect(screen.getByText(/^Sổ tính này đã có bảng chấm điểm, nên không chạy tự kiểm tra ở đây/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chạy tự kiểm tra" })).toBeDisabled();
    expect(excel.fake.syncCount).toBe(0);
  });
});
