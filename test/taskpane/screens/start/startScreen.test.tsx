// The Start screen's states: the gallery before anything is typed, unit lines checked as typed, injection (with its
// progress and its refusal), a host error, and what it reads from the selection: units, or the user's own criteria
// table with its preview or its findings on their cells.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { render } from "../../../../src/core/messages/messageTypes";
import { getBuiltinTemplate, listTemplates } from "../../../../src/core/template/builtinTemplates";
import { CRITERIA_TABLE_COLUMNS, criteriaTableHeader } from "../../../../src/core/template/criteriaTableColumns";
import { readSelectionMessages } from "../../../../src/hosts/office/readSelection";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { StartScreen } from "../../../../src/taskpane/screens/start/StartScreen";
import { MemoryHost } from "../../../workbook/memoryHost";
import { deferred, renderScreen, WorkbookProbe } from "../../paneFixtures";

const UNITS = "SNV\tSở Nội vụ\tKhối Sở\nSTC, Sở Tài chính\nSYT, Sở Y tế";

function start(host = new MemoryHost(), lang: "vi" | "en" = "vi") {
  renderScreen(
    <>
      <StartScreen />
      <WorkbookProbe />
    </>,
    { host, lang, hasTable: false },
  );
  // Injected: the pane now takes the workbook to hold a table, and opens the working screens.
  const injected = () => screen.getByTestId("has-table").textContent === "table";
  return { host, injected };
}

describe("Start screen", () => {
  it("says how the chosen mode computes the ranking score, and that Settings can change it", async () => {
    start();
    const mode = screen.getByRole("radiogroup", { name: "Cách chấm" });
    const lastStage =
      "Điểm xếp hạng: điểm vòng cuối (điểm thẩm định nếu có, nếu không là điểm tự chấm); có thể đổi trong Cài đặt.";
    expect(mode).toHaveAccessibleDescription(lastStage);
    await userEvent.click(screen.getByRole("radio", { name: "Tự chấm, chấm chéo và thẩm định" }));
    expect(mode).toHaveAccessibleDescription(
      "Điểm xếp hạng: bình quân có trọng số (tự chấm 20 %, chấm chéo 30 %, thẩm định 50 %); có thể đổi trong Cài đặt.",
    );
    await userEvent.click(screen.getByRole("radio", { name: "Tự chấm và thẩm định" }));
    expect(mode).toHaveAccessibleDescription(lastStage);
  });

  it("offers every built-in template with its scale, groups and legal basis, and cannot inject without units", () => {
    start();
    const radios = within(screen.getByRole("radiogroup", { name: "Mẫu bảng chấm điểm" })).getAllByRole("radio");
    // The built-ins, then the user's own criteria table.
    expect(radios).toHaveLength(listTemplates("vi").length + 1);
    expect(radios.at(-1)).toBe(screen.getByRole("radio", { name: "Dùng bảng tiêu chí của tôi" }));
    const first = listTemplates("vi")[0];
    expect(screen.getByRole("radio", { name: first.title })).toBeChecked();
    const preview = screen.getByRole("list", { name: first.title });
    expect(within(preview).getAllByRole("listitem")).toHaveLength(first.groups.length);
    expect(
      screen.getByText(new RegExp(`^Căn cứ: ${first.legalBasis[0].number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
    ).toBeVisible();
    expect(screen.getByText("0 đơn vị")).toBeVisible();
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeDisabled();
  });

  it("reads pasted and typed unit lines, and shows the core's findings on a duplicate code inline", async () => {
    start();
    const box = screen.getByRole("textbox", { name: /Các đơn vị thành viên/ });
    await userEvent.click(box);
    await userEvent.paste(UNITS);
    expect(screen.getByText("3 đơn vị")).toBeVisible();
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeEnabled();

    await userEvent.paste("\nSNV, Sở Nội vụ bis");
    const findings = within(screen.getByRole("list", { name: "Các đơn vị thành viên" })).getAllByRole("listitem");
    // The core reports the duplicate on each row that holds it (rows 1 and 4).
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(finding).toHaveTextContent("“SNV” bị trùng (các dòng 1, 4");
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeDisabled();
  });

  it("injects the chosen template with the typed cluster, period and mode, showing progress meanwhile", async () => {
    const host = new MemoryHost();
    const gate = deferred();
    const apply = host.apply.bind(host);
    jest.spyOn(host, "apply").mockImplementation(async (plan) => {
      await gate.promise;
      return apply(plan);
    });
    const { injected } = start(host);
    await userEvent.type(screen.getByRole("textbox", { name: "Tên cụm, khối thi đua" }), "Khối Sở");
    await userEvent.type(screen.getByRole("textbox", { name: "Kỳ đánh giá" }), "2026");
    await userEvent.click(screen.getByRole("radio", { name: "Tự chấm, chấm chéo và thẩm định" }));
    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));

    expect(await screen.findByRole("progressbar", { name: "Đang tạo bảng chấm điểm…" })).toBeVisible();
    expect(screen.getByRole("button", { name: /Đang tạo bảng chấm điểm/ })).toBeDisabled();
    gate.release();
    await screen.findByRole("button", { name: "Tạo bảng chấm điểm" });
    expect(injected()).toBe(true);
    // Cross mode: one peer sheet per unit, named after its code.
    expect(host.names.has("TD_PEER_SNV")).toBe(true);
    expect(host.names.has("TD_PEER_SYT")).toBe(true);
  }, 20_000);

  it("lists the reasons when the workbook refuses the table (it already holds one)", async () => {
    const host = new MemoryHost();
    const { injected } = start(host, "en");
    await userEvent.click(screen.getByRole("textbox", { name: /Member units/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Create the scoring table" }));
    await userEvent.click(await screen.findByRole("button", { name: "Create the scoring table" }));
    const refusal = await screen.findByRole("region", { name: /was not created/ });
    expect(within(refusal).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(injected()).toBe(true);
  });

  it("shows a host's failure with the next step and keeps the form", async () => {
    const host = new MemoryHost();
    jest.spyOn(host, "apply").mockRejectedValue(new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." }));
    const { injected } = start(host);
    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    expect(await screen.findByText(/Excel đang bận\./)).toBeVisible();
    expect(injected()).toBe(false);
    expect(screen.getByText("3 đơn vị")).toBeVisible();
  });
});

/** The texts stored anywhere in the workbook, to find what an injection wrote. */
function storedTexts(host: MemoryHost): unknown[] {
  return [...host.sheets.values()].flatMap((s) => [...s.cells.values()].map((c) => c.v));
}

function criteriaRow(cells: Partial<Record<(typeof CRITERIA_TABLE_COLUMNS)[number], string | number>>) {
  return CRITERIA_TABLE_COLUMNS.map((id) => cells[id] ?? null);
}

/** An own table: group I of 6 + 4 points, with the injected sheet's header row. */
const OWN_TABLE = [
  criteriaTableHeader("vi"),
  criteriaRow({ level: 1, code: "I", titleVi: "Công tác chuyên môn", kind: "Nhóm", max: 10 }),
  criteriaRow({ level: 2, code: "I.1", titleVi: "Kế hoạch năm", kind: "Chấm điểm", max: 6 }),
  criteriaRow({ level: 2, code: "I.2", titleVi: "Báo cáo đúng hạn", kind: "Đạt/Không đạt", max: 4 }),
];

describe("Start screen reading the selection", () => {
  it("fills the units from a selection with a header row, and says where they came from", async () => {
    const host = new MemoryHost();
    host.selectValues("Đơn vị", "B2", [
      ["Mã", "Tên đơn vị", "Cụm"],
      ["SNV", "Sở Nội vụ", "Khối Sở"],
      ["STC", "Sở Tài chính", null],
    ]);
    start(host);
    await userEvent.click(screen.getByRole("button", { name: "Lấy từ vùng chọn" }));
    expect(await screen.findByText("Đã đọc 2 đơn vị từ 'Đơn vị'!B2:D4.")).toBeVisible();
    expect(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ })).toHaveValue(
      "SNV\tSở Nội vụ\tKhối Sở\nSTC\tSở Tài chính",
    );
    expect(screen.getByText("2 đơn vị")).toBeVisible();
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeEnabled();
  });

  it("reads numeric codes as text and injects those units", async () => {
    const host = new MemoryHost();
    host.selectValues("Sheet1", "A1", [
      [1, "Xã Một"],
      ["02", "Xã Hai"],
    ]);
    const { injected } = start(host, "en");
    await userEvent.click(screen.getByRole("button", { name: "Read from selection" }));
    expect(await screen.findByText("Read 2 units from Sheet1!A1:B2.")).toBeVisible();
    expect(screen.getByRole("textbox", { name: /Member units/ })).toHaveValue("1\tXã Một\n02\tXã Hai");
    await userEvent.click(screen.getByRole("button", { name: "Create the scoring table" }));
    await waitFor(() => expect(injected()).toBe(true));
    expect(storedTexts(host)).toEqual(expect.arrayContaining(["1", "02", "Xã Một", "Xã Hai"]));
  });

  it("says so when the selection is empty or a single cell, and leaves the typed units alone", async () => {
    const host = new MemoryHost();
    host.selectValues("Sheet1", "C3", []);
    start(host);
    const box = screen.getByRole("textbox", { name: /Các đơn vị thành viên/ });
    await userEvent.type(box, "X1, Xã Một");
    await userEvent.click(screen.getByRole("button", { name: "Lấy từ vùng chọn" }));
    expect(await screen.findByText(/^Vùng chọn trống\./)).toBeVisible();
    host.selectValues("Sheet1", "C3", [["X1"]]);
    await userEvent.click(screen.getByRole("button", { name: "Lấy từ vùng chọn" }));
    expect(await screen.findByText(/^Vùng chọn chỉ có một ô\./)).toBeVisible();
    expect(box).toHaveValue("X1, Xã Một");
  });

  it("shows the host's refusal of a selection too large to read", async () => {
    const host = new MemoryHost();
    const detail = render(readSelectionMessages.selectionTooLarge, {
      rows: 40000,
      columns: 3,
      maxRows: 5000,
      maxColumns: 20,
    });
    jest.spyOn(host, "readSelection").mockRejectedValue(new HostError("payload-too-large", detail));
    start(host);
    await userEvent.click(screen.getByRole("button", { name: "Lấy từ vùng chọn" }));
    expect(await screen.findByText(/Vùng chọn chứa dữ liệu trên 40\.000 dòng × 3 cột/)).toBeVisible();
    expect(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ })).toHaveValue("");
  });

  it("reads the user's own criteria table, previews it, and injects with it", async () => {
    const host = new MemoryHost();
    const { injected } = start(host);
    await userEvent.click(screen.getByRole("radio", { name: "Dùng bảng tiêu chí của tôi" }));
    // The help lists the thirteen columns under the injected sheet's headers.
    const columns = within(screen.getByRole("list", { name: "Các cột của bảng tiêu chí" })).getAllByRole("listitem");
    expect(columns.map((c) => c.textContent)).toEqual(criteriaTableHeader("vi"));
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeDisabled();

    host.selectValues("Bảng của tôi", "B3", OWN_TABLE);
    await userEvent.click(screen.getByRole("button", { name: "Đọc bảng tiêu chí" }));
    expect(await screen.findByText("Bảng tiêu chí đọc từ 'Bảng của tôi'!B3:N6")).toBeVisible();
    expect(screen.getByText("Thang 10 điểm, 1 nhóm tiêu chí")).toBeVisible();
    const preview = screen.getByRole("list", { name: "Bảng tiêu chí riêng" });
    expect(
      within(preview)
        .getAllByRole("listitem")
        .map((i) => i.textContent),
    ).toEqual(["I. Công tác chuyên môn (10 điểm)"]);

    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    await waitFor(() => expect(injected()).toBe(true));
    // The workbook holds the own table's criteria, not a built-in's.
    expect(storedTexts(host)).toEqual(expect.arrayContaining(["Kế hoạch năm", "Báo cáo đúng hạn"]));
    const builtinTitle = getBuiltinTemplate(listTemplates("vi")[0].id)!.criteria[0].title.vi;
    expect(storedTexts(host)).not.toContain(builtinTitle);
  });

  it("shows an own table's errors on their cells and will not inject it", async () => {
    const host = new MemoryHost();
    const select = jest.spyOn(host, "select");
    const rows = OWN_TABLE.map((r) => [...r]);
    rows[2][4] = "Không rõ"; // I.1's kind: sheet row 3 + 2, column B + 4
    host.selectValues("Bảng của tôi", "B3", rows);
    start(host);
    await userEvent.click(screen.getByRole("radio", { name: "Dùng bảng tiêu chí của tôi" }));
    await userEvent.click(screen.getByRole("button", { name: "Đọc bảng tiêu chí" }));
    const findings = await screen.findByRole("list", { name: "Những điểm cần sửa trong bảng tiêu chí" });
    expect(within(findings).getByText(/^Dòng 3: loại tiêu chí "Không rõ" không hợp lệ/)).toBeVisible();
    await userEvent.click(within(findings).getByRole("button", { name: "Đến ô 'Bảng của tôi'!F5" }));
    expect(select).toHaveBeenCalledWith("Bảng của tôi", "F5");
    expect(screen.queryByText(/^Thang /)).toBeNull();

    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    expect(screen.getByText("3 đơn vị")).toBeVisible();
    expect(screen.getByRole("button", { name: "Tạo bảng chấm điểm" })).toBeDisabled();
  });
});
