// The Forms screen on an in-memory master (the tiny template: units A1, A2, B1): making the forms and opening them
// as new workbooks (the bytes read back as the right unit's form), the warning before making them again, taking
// returned files in (accepted, refused with findings, unreadable), nothing written when all are refused, host
// failures in a MessageBar, and the year roll-up of period workbooks opened as a summary workbook.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { XlsxHost } from "../../../../src/hosts/xlsx/xlsxHost";
import { WorkbookApp } from "../../../../src/taskpane/components/WorkbookApp";
import { FormsScreen } from "../../../../src/taskpane/screens/forms/FormsScreen";
import { readForm } from "../../../../src/workbook/forms/readForm";
import type { FormPlan } from "../../../../src/workbook/forms/planForm";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { injectTemplate } from "../../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../../src/workbook/operations/makeForms";
import { parseWorkbook } from "../../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../../src/workbook/read/readPlan";
import { TINY_TEMPLATE, TINY_UNITS } from "../../../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../../../workbook/forms/fillFormFile";
import { A1_FIRST, B1_CHANGED_MAX, FORMS_AT, INJECTED_AT, MASTER_OPTIONS } from "../../../workbook/forms/formFixtures";
import { MemoryHost } from "../../../workbook/memoryHost";
import { periodWorkbook, unitList } from "../../../workbook/rollup/periodWorkbooks";
import { validateWorkbook } from "../../../../src/workbook/operations/validateWorkbook";
import { deferred, renderInTheme, renderScreen } from "../../paneFixtures";

const COLLECT_AT = "2026-03-20T09:00:00.000Z";

async function master(): Promise<MemoryHost> {
  const host = new MemoryHost();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, { ...MASTER_OPTIONS, now: INJECTED_AT });
  host.calls.length = 0;
  return host;
}

async function parsed(host: MemoryHost) {
  const outline = await host.outline();
  return parseWorkbook(await host.read(readPlan(outline)), outline);
}

/** Records every workbook the screen opens, as bytes. */
function recordingOpener() {
  const opened: Uint8Array[] = [];
  const open = jest.fn(async (bytes: Uint8Array) => {
    opened.push(bytes);
  });
  return { opened, open };
}

/** The form identity in the metadata of an opened workbook, read back through the .xlsx host. */
async function formIn(bytes: Uint8Array) {
  const read = await readForm(await XlsxHost.load(bytes));
  return read.meta?.form ?? null;
}

async function formFile(form: FormPlan, typing = A1_FIRST.slice(0, 0)): Promise<File> {
  const host = XlsxHost.create();
  await host.apply(form.plan);
  const bytes = typing.length > 0 ? await fillFormFile(await host.save(), typing) : await host.save();
  return new File([bytes as BlobPart], `${form.unit.code}.xlsx`);
}

/** The Forms screen over `host`; `issued`: the pane read the workbook with the forms made earlier on record. */
async function renderForms(
  host: MemoryHost,
  open: (bytes: Uint8Array) => Promise<void>,
  lang: "vi" | "en" = "vi",
  issued = false,
) {
  const validation = issued ? await validateWorkbook(host) : null;
  host.calls.length = 0;
  return renderScreen(<FormsScreen />, { host, lang, now: () => COLLECT_AT, openWorkbook: open, validation });
}

const formList = () => screen.getByRole("list", { name: "Các phiếu đã lập" });
const resultList = () => screen.getByRole("list", { name: "Kết quả nhận phiếu" });
const pick = (label: string, files: File[]) => fireEvent.change(screen.getByLabelText(label), { target: { files } });

describe("Forms screen", () => {
  // The forms opened on "this computer" are remembered in local storage: each test starts on a fresh computer.
  beforeEach(() => localStorage.clear());

  it("explains the three sections before anything runs, and reads nothing", async () => {
    const host = await master();
    await renderForms(host, recordingOpener().open);
    expect(screen.getByRole("heading", { level: 2, name: "Gửi phiếu cho đơn vị" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Nhận phiếu gửi về" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Tổng hợp năm" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Tạo phiếu" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Chọn tệp phiếu…" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Chọn sổ tính các kỳ…" })).toBeEnabled();
    expect(screen.queryByRole("list", { name: "Các phiếu đã lập" })).toBeNull();
    expect(host.calls).toEqual([]);
  });

  it("makes the forms, records their ids in the workbook, and opens one as that unit's form", async () => {
    const host = await master();
    const opener = recordingOpener();
    await renderForms(host, opener.open);
    await userEvent.click(screen.getByRole("button", { name: "Tạo phiếu" }));
    expect(await screen.findByText(/Đã lập 3 phiếu/)).toBeVisible();
    expect(host.calls).toEqual(["outline", "read", "apply"]);

    const items = within(formList()).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items[1]).getByText("A2 Phường A2")).toBeVisible();
    expect(within(items[1]).getByRole("textbox", { name: "Tên tệp gợi ý (Tự chấm, A2)" })).toHaveValue(
      "2026 - A2 Phường A2 - Tự chấm.xlsx",
    );
    const formIds = (await parsed(host)).meta!.formIds;
    expect(Object.keys(formIds).sort()).toEqual(["A1", "A2", "B1"]);

    await userEvent.click(screen.getByRole("button", { name: "Mở phiếu (Tự chấm, A2)" }));
    expect(await within(items[1]).findByText("Đã mở")).toBeVisible();
    expect(opener.opened).toHaveLength(1);
    const form = await formIn(opener.opened[0]);
    expect(form).toMatchObject({ kind: "self", unit: "A2", id: formIds.A2 });
  });

  it("opens all forms in turn, showing which one of how many, and refuses a second start meanwhile", async () => {
    const host = await master();
    const gate = deferred();
    const opened: Uint8Array[] = [];
    const open = jest.fn(async (bytes: Uint8Array) => {
      opened.push(bytes);
      if (opened.length === 2) await gate.promise;
    });
    await renderForms(host, open, "en");
    await userEvent.click(screen.getByRole("button", { name: "Make forms" }));
    await userEvent.click(await screen.findByRole("button", { name: "Open all (3 forms)" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Opening form 2 of 3…");
    expect(screen.getByRole("progressbar", { name: "Opening form 2 of 3…" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Open all (3 forms)" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Open form (Self, B1)" })).toBeDisabled();
    gate.release();
    expect(
      await screen.findByText("3 forms opened as new workbooks. Save each one under its suggested name."),
    ).toBeVisible();
    expect(screen.queryByRole("progressbar")).toBeNull();
    const units = await Promise.all(opened.map(async (bytes) => (await formIn(bytes))?.unit));
    expect(units).toEqual(["A1", "A2", "B1"]);
  });

  it("says the forms cannot be saved in one go, and counts the opened ones across closing and reopening the pane", async () => {
    const host = await master();
    const opener = recordingOpener();
    const { unmount } = await renderForms(host, opener.open);
    await userEvent.click(screen.getByRole("button", { name: "Tạo phiếu" }));
    expect(await screen.findByText(/^Excel không cho phép phần bổ trợ tự lưu sổ tính mới/)).toBeVisible();
    expect(screen.getByText("Đã mở 0/3 phiếu trên máy này.")).toBeVisible();
    // Nothing opened yet: "the ones not yet opened" would be all of them, so only "open all" is offered.
    expect(screen.queryByRole("button", { name: /^Mở các phiếu chưa mở/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Mở phiếu (Tự chấm, A2)" }));
    expect(await screen.findByText("Đã mở 1/3 phiếu trên máy này.")).toBeVisible();
    unmount();

    // The pane is reopened: making the forms again keeps their ids, and A2 still counts as opened.
    await renderForms(host, opener.open);
    await userEvent.click(screen.getByRole("button", { name: "Tạo phiếu" }));
    expect(await screen.findByText("Đã mở 1/3 phiếu trên máy này.")).toBeVisible();
    expect(
      within(formList())
        .getAllByRole("listitem")
        .map((li) => within(li).queryByText("Đã mở") !== null),
    ).toEqual([false, true, false]);
    await userEvent.click(screen.getByRole("button", { name: "Mở các phiếu chưa mở (2)" }));
    expect(await screen.findByText("Đã mở 3/3 phiếu trên máy này.")).toBeVisible();
    const units = await Promise.all(opener.opened.map(async (bytes) => (await formIn(bytes))?.unit));
    expect(units).toEqual(["A2", "A1", "B1"]);
    expect(screen.getByRole("button", { name: "Mở tất cả (3 phiếu)" })).toBeEnabled();
  });

  it("makes forms again under their ids, and issues new ids only once confirmed", async () => {
    const host = await master();
    const first = await makeForms(host, { now: FORMS_AT });
    host.calls.length = 0;
    await renderForms(host, recordingOpener().open, "vi", true);
    expect(screen.getByText(/tạo lại giữ nguyên mã phiếu/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Tạo phiếu" }));
    await screen.findByText(/Đã lập 3 phiếu/);
    expect((await parsed(host)).meta!.formIds.A1).toBe(first.forms[0].id);

    await userEvent.click(screen.getByRole("button", { name: "Cấp mã mới…" }));
    expect(screen.getByText(/các phiếu đã gửi đi sẽ bị từ chối khi gửi về/)).toBeVisible();
    host.calls.length = 0;
    await userEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(host.calls).toEqual([]);
    expect((await parsed(host)).meta!.formIds.A1).toBe(first.forms[0].id);

    await userEvent.click(screen.getByRole("button", { name: "Cấp mã mới…" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấp mã mới" }));
    await waitFor(async () => expect((await parsed(host)).meta!.formIds.A1).not.toBe(first.forms[0].id));
  });

  it("takes a good form in and refuses a changed criteria table and a text file, each with its findings", async () => {
    const host = await master();
    const { forms } = await makeForms(host, { now: FORMS_AT });
    const good = await formFile(forms[0], A1_FIRST);
    const changed = await formFile(forms[2], B1_CHANGED_MAX);
    const text = new File(["điểm: 8,5"], "ghi chú.txt", { type: "text/plain" });
    host.calls.length = 0;
    await renderForms(host, recordingOpener().open);
    pick("Tệp phiếu gửi về", [good, changed, text]);

    expect(await screen.findByText(/Đã nhận 1 phiếu, từ chối 2 phiếu/)).toBeVisible();
    expect(host.calls).toEqual(["outline", "read", "apply"]);
    // One item per file, in the order picked (each holds its own list of findings).
    const rows = Array.from(resultList().children) as HTMLElement[];
    expect(rows.map((r) => within(r).getAllByText(/^(Đã nhận|Từ chối)$/)[0].textContent)).toEqual([
      "Đã nhận",
      "Từ chối",
      "Từ chối",
    ]);
    expect(within(rows[0]).getByText("Phiếu tự chấm của A1: 10 ô thay đổi.")).toBeVisible();

    const b1 = within(rows[1]).getByRole("list", { name: "Lưu ý về B1.xlsx" });
    expect(within(b1).getByText(/^B1\.xlsx: bảng tiêu chí của phiếu khác bảng tiêu chí/)).toBeVisible();
    // The changed cell is named in the returned file: its sheet and cell.
    expect(within(b1).getByText(/\(trang Tiêu chí, ô F4\)$/)).toBeVisible();
    expect(within(b1).getByText(/B1\.xlsx: phiếu không được tiếp nhận/)).toBeVisible();
    const txt = within(rows[2]).getByRole("list", { name: "Lưu ý về ghi chú.txt" });
    expect(
      within(txt).getByText(/^ghi chú\.txt: không đọc được phiếu\. Đây không phải tệp Excel \(\.xlsx\)/),
    ).toBeVisible();

    // Each refused file offers the note to its unit; where the clipboard is refused (as here), the note is shown.
    await userEvent.click(within(rows[1]).getByRole("button", { name: "Chép thư báo cho đơn vị (B1.xlsx)" }));
    const note = (
      within(rows[1]).getByRole("textbox", { name: "Thư báo cho đơn vị về tệp B1.xlsx" }) as HTMLTextAreaElement
    ).value;
    expect(note).toMatch(/^Gửi đơn vị: B1\n/);
    expect(note).toContain("\n- Sheet Tiêu chí, ô F4: Bảng tiêu chí đã bị sửa ở dòng 2");
    await userEvent.click(within(rows[2]).getByRole("button", { name: "Chép thư báo cho đơn vị (ghi chú.txt)" }));
    expect((within(rows[2]).getByRole("textbox") as HTMLTextAreaElement).value).toMatch(
      /^Tệp “ghi chú\.txt” gửi về chưa được tiếp nhận, vì:\n- ghi chú\.txt: không đọc được phiếu/,
    );

    // A1's entries landed in the master; B1's column stayed blank.
    const { raw, layout } = await parsed(host);
    const row11 = layout!.flat.rows.findIndex((r) => r.code === "1.1");
    expect(raw!.self[row11]).toEqual([8, null, null]);
    expect((await parsed(host)).meta!.returns).toHaveProperty(forms[0].id);
  });

  it("says nothing was written when every file is refused, and changes no entry (the log records the refusal)", async () => {
    const host = await master();
    const { forms } = await makeForms(host, { now: FORMS_AT });
    host.calls.length = 0;
    await renderForms(host, recordingOpener().open, "en");
    // Dropped on the picker rather than chosen in the dialog.
    const zone = screen.getByRole("button", { name: "Choose form files…" }).parentElement!;
    const files = [await formFile(forms[2], B1_CHANGED_MAX), new File(["x"], "notes.txt")];
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(
      await screen.findByText(
        /0 forms accepted, 2 refused\. No form was accepted: no entry of the workbook changed; its log records the refused files\./,
      ),
    ).toBeVisible();
    // Issue #11: every returned file leaves a log row, so the one write is the refused form's row in Nhật ký.
    expect(host.calls).toEqual(["outline", "read", "apply"]);
    const outline = await host.outline();
    const log = parseWorkbook(await host.read(readPlan(outline)), outline).log!;
    expect(log.rows.map((r) => r.action)).toEqual([
      "Tạo bảng chấm điểm",
      "Lập phiếu gửi đơn vị",
      "Từ chối phiếu tự chấm B1",
      "Từ chối tệp gửi về",
    ]);
  });

  it("shows a protected workbook's failure with the next step, and the button works again", async () => {
    const host = await master();
    const protectedSheet = { vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." };
    jest.spyOn(host, "apply").mockRejectedValueOnce(new HostError("protected", protectedSheet));
    await renderForms(host, recordingOpener().open, "en");
    await userEvent.click(screen.getByRole("button", { name: "Make forms" }));
    expect(await screen.findByText(/The sheet is protected\./)).toBeVisible();
    expect(screen.getByText("Something went wrong")).toBeVisible();
    // The host's words stand alone: the general "check the workbook" advice is for failures nobody foresaw.
    expect(screen.queryByText(/then try again\./)).toBeNull();
    expect(screen.queryByRole("list", { name: "Forms made" })).toBeNull();
    expect(screen.getByRole("button", { name: "Make forms" })).toBeEnabled();
  });

  it("shows why Excel could not open a form", async () => {
    const host = await master();
    const unsupported = new HostError("unsupported", { vi: "Thiếu ExcelApi 1.8.", en: "Lacks ExcelApi 1.8." });
    await renderForms(host, () => Promise.reject(unsupported), "vi");
    await userEvent.click(screen.getByRole("button", { name: "Tạo phiếu" }));
    await userEvent.click(await screen.findByRole("button", { name: "Mở phiếu (Tự chấm, A1)" }));
    expect(await screen.findByText(/Thiếu ExcelApi 1\.8\./)).toBeVisible();
    expect(within(formList()).queryByText("Đã mở")).toBeNull();
  });

  // A longer time limit: the whole pane loads its frame, then the tabs, then the Forms screen, one chunk at a time.
  it("is a tab of the pane, which knows from the workbook that forms were made before", async () => {
    const host = await master();
    await makeForms(host, { now: FORMS_AT });
    const opener = recordingOpener();
    renderInTheme(
      <WorkbookApp createHost={() => host} initialLang="vi" now={() => COLLECT_AT} openWorkbook={opener.open} />,
    );
    await userEvent.click(await screen.findByRole("tab", { name: "Phiếu" }));
    expect(await screen.findByText(/tạo lại giữ nguyên mã phiếu/)).toBeVisible();
    await userEvent.click(await screen.findByRole("button", { name: "Tạo phiếu" }));
    await userEvent.click(await screen.findByRole("button", { name: "Mở phiếu (Tự chấm, B1)" }));
    await within(formList()).findByText("Đã mở");
    expect((await formIn(opener.opened[0]))?.unit).toBe("B1");
  }, 15_000);

  it("rolls period workbooks up into a year summary opened as a new workbook, and lists the missing periods", async () => {
    const units = unitList(["A", "B"]);
    const q1 = await periodWorkbook({ period: "Quý I/2026", units, scores: { A: [55, 38], B: [50, 30] } });
    const q2 = await periodWorkbook({ period: "Quý II/2026", units, scores: { A: [54, 36], B: [48, 34] } });
    const files = [
      new File([(await q1.save()) as BlobPart], "Quy 1.xlsx"),
      new File([(await q2.save()) as BlobPart], "Quy 2.xlsx"),
      new File(["not a workbook"], "ghi chú.txt"),
    ];
    const opener = recordingOpener();
    await renderForms(await master(), opener.open);
    pick("Sổ tính các kỳ", files);
    expect(await screen.findByText(/Đã mở bảng tổng hợp năm thành sổ tính mới.*Tổng hợp năm 2026\.xlsx/)).toBeVisible();
    expect(opener.opened).toHaveLength(1);
    const summary = await XlsxHost.load(opener.opened[0]);
    expect((await summary.outline()).sheets.map((s) => s.name)).toContain("Tổng hợp năm");

    const findings = screen.getByRole("list", { name: "Lưu ý khi tổng hợp" });
    expect(
      within(findings).getByText(
        /^ghi chú\.txt: không đọc được như một bảng chấm điểm Thi đua, nên được bỏ qua\. Đây không phải tệp Excel \(\.xlsx\)/,
      ),
    ).toBeVisible();
    // Two quarters of four were given: the year is the mean of those, and the other two are named as missing.
    expect(within(findings).getByText(/^Không có tệp nào cho quý 3 năm 2026/)).toBeVisible();
    expect(within(findings).getByText(/^Không có tệp nào cho quý 4 năm 2026/)).toBeVisible();
  });
});
