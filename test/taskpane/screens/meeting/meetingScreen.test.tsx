// The Bình xét screen on the two-cluster meeting of the workbook tests (in-memory host): what it says before a
// ranking, preparing the list and the candidates it shows, the particulars with a refused date at its field, the
// ballots opened as workbooks, the tally entered in the pane (passed, failed, no quorum, an added candidate with its
// reason), a flag voted to rank 2 refused at its row, and the minutes downloaded as a .docx.
//
// Cụm 1 (10 units): flag A01 (rank 1); certificates A02 (rank 2) and A04 (rank 4); A03 (rank 3, HTNV) left out for
// its grade. Cụm 2 (6 units): flag B01, certificate B02. A proposal passes with more than half of all members.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MeetingScreen } from "../../../../src/taskpane/screens/meeting/MeetingScreen";
import { prepareMeeting } from "../../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../../src/workbook/operations/tallyMeeting";
import { MemoryHost } from "../../../workbook/memoryHost";
import { FILE, PREPARED_AT, rankedMeetingWorkbook, TALLIED_AT } from "../../../workbook/meeting/meetingFixture";
import {
  ADDED_REASON,
  CLUSTER_TWO_PRESENT,
  CLUSTER_TWO_VOTES,
  typeClusterOneBallots,
} from "../../../workbook/meeting/meetingSteps";
import { deferred, firstManualCell, renderScreen } from "../../paneFixtures";

// Each test builds and ranks a workbook, then clicks through several writes: seconds on a busy machine.
jest.setTimeout(60_000);

const NOW = "2026-12-15T04:30:00.000Z";

const value = (host: MemoryHost, sheet: string, cell: string) => host.cell(sheet, cell)?.v ?? null;

async function ranked(): Promise<MemoryHost> {
  const host = new MemoryHost();
  await rankedMeetingWorkbook(host);
  host.calls.length = 0;
  return host;
}

async function prepared(): Promise<MemoryHost> {
  const host = await ranked();
  await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
  host.calls.length = 0;
  return host;
}

/** Prepared, particulars and both clusters' ballots recorded: the state in which minutes can be made. */
async function tallied(): Promise<MemoryHost> {
  const host = await prepared();
  await setMeetingParticulars(host, {
    now: PREPARED_AT,
    cluster: "Cụm 1",
    values: { date: "15/12/2026", startTime: "8:00", chair: "Nguyễn Văn An", secretary: "Lê Thị Cúc", present: 9 },
  });
  await typeClusterOneBallots(host);
  const tally = await tallyMeeting(host, { now: TALLIED_AT, votes: CLUSTER_TWO_VOTES, present: CLUSTER_TWO_PRESENT });
  expect(tally.recorded).toBe(true);
  host.calls.length = 0;
  return host;
}

function renderMeeting(
  host: MemoryHost,
  options: { lang?: "vi" | "en"; open?: (bytes: Uint8Array) => Promise<void> } = {},
) {
  return renderScreen(<MeetingScreen />, {
    host,
    lang: options.lang ?? "vi",
    now: () => NOW,
    openWorkbook: options.open,
  });
}

/** Opens a step of the screen by its heading button (a closed step's fields are hidden). */
async function openStep(name: string) {
  const toggle = await screen.findByRole("button", { name });
  if (toggle.getAttribute("aria-expanded") !== "true") await userEvent.click(toggle);
}

const group = (name: string) => screen.getByRole("group", { name });

/** Sets a field's text at once (typing each digit of every ballot would only slow the tests). */
const fill = (field: HTMLElement, text: string) => fireEvent.change(field, { target: { value: text } });

/** Ballots in favour and against in the row named `name`. */
function ballots(name: string, yes: number, no: number) {
  const row = group(name);
  fill(within(row).getByRole("textbox", { name: "Số phiếu tán thành" }), String(yes));
  fill(within(row).getByRole("textbox", { name: "Số phiếu không tán thành" }), String(no));
}

/** The last spare row opened with "add": what the meeting adds, the unit, the reason and its ballots. */
async function addRow(matter: string, unit: string, reason: string, yes: number, no: number) {
  await userEvent.click(screen.getByRole("button", { name: "Thêm đơn vị do Hội nghị bổ sung, đề cử" }));
  const rows = screen.getAllByRole("group", { name: "Hội nghị bổ sung, đề cử" });
  const row = rows[rows.length - 1];
  await userEvent.selectOptions(within(row).getByRole("combobox", { name: "Nội dung biểu quyết" }), matter);
  await userEvent.selectOptions(within(row).getByRole("combobox", { name: "Đơn vị" }), unit);
  fill(within(row).getByRole("textbox", { name: /^Lý do bổ sung/ }), reason);
  fill(within(row).getByRole("textbox", { name: "Số phiếu tán thành" }), String(yes));
  fill(within(row).getByRole("textbox", { name: "Số phiếu không tán thành" }), String(no));
}

const present = (count: number) => fill(screen.getByRole("textbox", { name: "Số thành viên có mặt" }), String(count));
const chooseCluster = (cluster: string) =>
  userEvent.selectOptions(screen.getByRole("combobox", { name: "Cụm, khối đang làm việc" }), cluster);

/** The rows of a table as cell texts, header left out. */
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );

/** A Blob's bytes, through FileReader (what jsdom's Blob offers). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("Bình xét screen", () => {
  it("says the ranking is stale after a score changed, and offers no meeting step until ranked again", async () => {
    const host = new MemoryHost();
    const layout = await rankedMeetingWorkbook(host);
    // A01's first score, 88 when ranked, typed over on the sheet.
    host.type(layout.self.sheet, firstManualCell(layout, 0), 80);
    host.calls.length = 0;
    renderMeeting(host);
    expect(await screen.findByText(/Kết quả xếp hạng đã cũ .*hãy chạy Xếp hạng lại trước khi bình xét/)).toBeVisible();
    expect(screen.getByText(/Mở thẻ Kiểm tra để sửa lỗi, thẻ Xếp hạng để xếp hạng/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "1. Danh sách bình xét" })).toBeNull();
    // One outline and one read: nothing written.
    expect(host.calls).toEqual(["outline", "read"]);
  });

  it("prepares the list and shows Cụm 1's candidates by award, and the unit left out with its reason", async () => {
    const host = await ranked();
    renderMeeting(host);
    await openStep("1. Danh sách bình xét");
    expect(screen.getByText(/Chưa lập danh sách bình xét/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Lập danh sách bình xét" }));
    expect(await screen.findByText("Đã lập danh sách bình xét vào sheet Bình xét và ghi Nhật ký.")).toBeVisible();
    // The list on the sheet: Cụm 1's flag row holds A01 (row 7, column C).
    expect(value(host, "Bình xét", "C7")).toBe("A01");
    // Read again after writing: the step now offers to prepare the list again.
    expect(await screen.findByRole("button", { name: "Lập lại danh sách bình xét" })).toBeEnabled();

    const flag = screen.getByRole("table", { name: "Cụm 1 – Cờ thi đua: tối đa 1 đơn vị, trong phạm vi đến hạng 1" });
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole("cell")
            .map((c) => c.textContent),
        );
    expect(cells(flag)).toEqual([["1", "Phường Đông Hải", "98", "HTXSNV"]]);
    const certificates = screen.getByRole("table", {
      name: "Cụm 1 – Bằng khen: tối đa 2 đơn vị, trong phạm vi đến hạng 4",
    });
    expect(cells(certificates)).toEqual([
      ["2", "Phường Tây Sơn", "96", "HTXSNV"],
      ["4", "Xã Nam Cường", "94", "HTXSNV"],
    ]);
    expect(
      screen.getByText("Xã Bắc Hà (hạng 3) – Bằng khen: Xếp loại HTNV, chưa đạt Hoàn thành xuất sắc nhiệm vụ."),
    ).toBeVisible();

    // Cụm 2 when chosen: B01 for the flag, B02 for the one certificate.
    await chooseCluster("Cụm 2");
    const flagTwo = screen.getByRole("table", {
      name: "Cụm 2 – Cờ thi đua: tối đa 1 đơn vị, trong phạm vi đến hạng 1",
    });
    expect(cells(flagTwo)).toEqual([["1", "Xã Bảo Hà", "95", "HTXSNV"]]);
  });

  it("saves the particulars once, and refuses a date it cannot read at its field, with the link to its cell", async () => {
    const host = await prepared();
    const select = jest.spyOn(host, "select");
    renderMeeting(host);
    await openStep("2. Thông tin cuộc họp");
    const date = screen.getByRole("textbox", { name: "Ngày họp (ngày/tháng/năm)" });
    fill(date, "32/13/2026");
    fill(screen.getByRole("textbox", { name: "Chủ trì (họ và tên)" }), "Nguyễn Văn An");
    await userEvent.click(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" }));
    expect(await screen.findByText(/Chưa ghi: có thông tin không đọc được/)).toBeVisible();
    expect(date).toHaveAccessibleDescription(/không đọc được “32\/13\/2026”; ghi ví dụ 15\/12\/2026/);
    // Nothing written: the chair's cell stays blank (Cụm 1 is column C; particulars from row 5, in the order
    // members, present, date, start, end, place, town, organ, chair: row 13; the leader is the 15th, row 19).
    expect(value(host, "Cuộc họp", "C13")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Đến ô C7" }));
    await waitFor(() => expect(select).toHaveBeenCalledWith("Cuộc họp", "C7"));

    fill(date, "15/12/2026");
    fill(screen.getByRole("textbox", { name: "Thời gian bắt đầu (giờ, phút)" }), "8:00");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Đơn vị Trưởng cụm năm 2026/ }), "A01");
    await userEvent.click(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" }));
    expect(await screen.findByText("Đã ghi thông tin cuộc họp của Cụm 1 vào sheet Cuộc họp và Nhật ký.")).toBeVisible();
    expect(value(host, "Cuộc họp", "C7")).toBe("15/12/2026");
    expect(value(host, "Cuộc họp", "C8")).toBe("08 giờ 00");
    expect(value(host, "Cuộc họp", "C13")).toBe("Nguyễn Văn An");
    expect(value(host, "Cuộc họp", "C19")).toBe("A01");
    // Read back from the sheet, the time shows as the minutes will write it.
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Thời gian bắt đầu (giờ, phút)" })).toHaveValue("08 giờ 00"),
    );
  });

  it("makes the ballots on A4 and opens a cluster's as a new workbook, one ballot per member", async () => {
    const host = await prepared();
    const opened: Uint8Array[] = [];
    renderMeeting(host, { open: async (bytes) => void opened.push(bytes) });
    await openStep("3. Phiếu bầu");
    await userEvent.click(screen.getByRole("radio", { name: "A4" }));
    await userEvent.click(screen.getByRole("button", { name: "Lập phiếu bầu" }));
    expect(await screen.findByText(/Đã lập phiếu bầu cho 2 cụm, khối/)).toBeVisible();
    const list = screen.getByRole("list", { name: "Các sổ phiếu bầu" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining("Phiếu bầu - Cụm 1 - 2026.xlsx10 phiếu"),
      expect.stringContaining("Phiếu bầu - Cụm 2 - 2026.xlsx6 phiếu"),
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Mở phiếu bầu (Cụm 2)" }));
    expect(await within(list).findByText("Đã mở")).toBeVisible();
    expect(opened).toHaveLength(1);
    // Read back with ExcelJS itself: A4 is paper size 9; six ballots of Cụm 2 listing its flag candidate.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(opened[0] as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.pageSetup.paperSize).toBe(9);
    const texts: string[] = [];
    // Merged cells repeat their master's value: each text counts once, at its master.
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.master.address === cell.address) texts.push(String(cell.value));
      }),
    );
    expect(texts.filter((t) => t === "PHIẾU BẦU")).toHaveLength(6);
    expect(texts).toContain("Xã Bảo Hà");
    expect(texts).not.toContain("Phường Đông Hải");
  });

  it("records the tally typed in the pane: Cụm 1's flag, certificates, leader and an added candidate; Cụm 2 short of quorum", async () => {
    const host = await prepared();
    const select = jest.spyOn(host, "select");
    renderMeeting(host);
    await openStep("4. Kiểm phiếu");
    expect(screen.getByText("Chưa kiểm phiếu.")).toBeVisible();
    present(9);
    ballots("Cờ thi đua: Phường Đông Hải", 9, 0);
    ballots("Bằng khen: Phường Tây Sơn", 7, 2);
    ballots("Bằng khen: Xã Nam Cường", 6, 3);
    await userEvent.selectOptions(
      within(group("Bầu Trưởng cụm năm 2027")).getByRole("combobox", { name: "Đơn vị" }),
      "A05",
    );
    ballots("Bầu Trưởng cụm năm 2027", 8, 1);
    await userEvent.selectOptions(
      within(group("Bầu Phó Trưởng cụm năm 2027")).getByRole("combobox", { name: "Đơn vị" }),
      "A06",
    );
    ballots("Bầu Phó Trưởng cụm năm 2027", 7, 2);
    await addRow("Bằng khen", "A03", ADDED_REASON, 3, 6);
    await chooseCluster("Cụm 2");
    present(3);
    ballots("Cờ thi đua: Xã Bảo Hà", 3, 0);
    ballots("Bằng khen: Xã Cam Cọn", 3, 0);
    host.calls.length = 0;
    await userEvent.click(screen.getByRole("button", { name: "Kiểm phiếu" }));
    expect(await screen.findByText(/^Đã ghi kết quả kiểm phiếu/)).toBeVisible();
    // One outline, one read and one write; then the screen reads the workbook again.
    expect(host.calls.slice(0, 3)).toEqual(["outline", "read", "apply"]);

    // In the workbook: the ballots and members present typed, the vote beside each proposal on Xếp hạng.
    expect(value(host, "Bình xét", "J7")).toBe(9);
    expect(value(host, "Bình xét", "C10")).toBe("A05");
    expect([value(host, "Bình xét", "B12"), value(host, "Bình xét", "C12"), value(host, "Bình xét", "I12")]).toEqual([
      "Bằng khen",
      "A03",
      ADDED_REASON,
    ]);
    expect([value(host, "Cuộc họp", "C6"), value(host, "Cuộc họp", "D6")]).toEqual([9, 3]);
    expect([4, 5, 6, 7].map((row) => value(host, "Xếp hạng", `W${row}`))).toEqual([
      "Cờ thi đua: đạt 9/10",
      "Bằng khen: đạt 7/10",
      "Bằng khen (bổ sung): không đạt 3/10",
      "Bằng khen: đạt 6/10",
    ]);

    // Cụm 2 is shown: 3 of 6 present, 4 needed.
    expect(
      await screen.findByText("Có mặt 3/6 thành viên: không đủ túc số (cần 4); không nội dung nào được thông qua."),
    ).toBeVisible();
    expect(screen.getByRole("heading", { name: "Kết quả biểu quyết – Cụm 2" })).toBeVisible();
    await chooseCluster("Cụm 1");
    expect(screen.getByText("Có mặt 9/10 thành viên: đủ túc số (cần 7).")).toBeVisible();
    expect(cellsOf(screen.getByRole("table", { name: "Kết quả từng nội dung" }))).toEqual([
      ["Cờ thi đuaPhường Đông Hải", "9 tán thành, 0 không (90 %)", "Đạt"],
      ["Bằng khenPhường Tây Sơn", "7 tán thành, 2 không (70 %)", "Đạt"],
      ["Bằng khenXã Nam Cường", "6 tán thành, 3 không (60 %)", "Đạt"],
      ["Trưởng cụm năm 2027Phường Kim Tân", "8 tán thành, 1 không (80 %)", "Đạt"],
      ["Phó Trưởng cụm năm 2027Xã Cam Đường", "7 tán thành, 2 không (70 %)", "Đạt"],
      ["Bằng khen (Hội nghị bổ sung)Xã Bắc Hà", "3 tán thành, 6 không (30 %)", "Không đạt"],
    ]);
    expect(screen.getByText("Trưởng cụm năm 2027: Phường Kim Tân (8/10 phiếu tán thành).")).toBeVisible();
    expect(screen.getByText("Phó Trưởng cụm năm 2027: Xã Cam Đường (7/10 phiếu tán thành).")).toBeVisible();
    // The added candidate is a warning the council will see, at its reason's cell.
    const checks = screen.getByRole("region", { name: "Kiểm tra – Cụm 1" });
    expect(within(checks).getByText(/Hội nghị bổ sung Xã Bắc Hà \(hạng 3, xếp loại HTNV\)/)).toBeVisible();
    await userEvent.click(within(checks).getByRole("button", { name: "Đến ô I12" }));
    await waitFor(() => expect(select).toHaveBeenCalledWith("Bình xét", "I12"));
  });

  it("refuses a flag voted to rank 2, names the row's cell, and writes nothing", async () => {
    const host = await prepared();
    renderMeeting(host);
    await openStep("4. Kiểm phiếu");
    present(9);
    ballots("Cờ thi đua: Phường Đông Hải", 4, 5);
    await addRow("Cờ thi đua", "A02", "Dẫn đầu phong trào chuyển đổi số của cụm", 8, 1);
    host.calls.length = 0;
    await userEvent.click(screen.getByRole("button", { name: "Kiểm phiếu" }));
    expect(await screen.findByText(/^Chưa ghi kết quả kiểm phiếu: còn 1 lỗi/)).toBeVisible();
    expect(host.calls).toEqual(["outline", "read"]);
    expect(value(host, "Bình xét", "J7")).toBeNull();
    const error =
      "Phường Tây Sơn được tán thành đề nghị Cờ thi đua nhưng xếp hạng 2; theo kết quả chấm điểm, Cờ thi đua chỉ dành cho đơn vị xếp hạng 1.";
    // At the row, and in the checks with the link to the unit's cell of the spare row (row 12, column C).
    expect(within(group("Hội nghị bổ sung, đề cử")).getByText(error)).toBeVisible();
    const checks = screen.getByRole("region", { name: "Kiểm tra – Cụm 1" });
    expect(within(checks).getByText(error)).toBeVisible();
    expect(within(checks).getByRole("button", { name: "Đến ô C12" })).toBeEnabled();
    // What was typed stays, to be corrected.
    expect(
      within(group("Cờ thi đua: Phường Đông Hải")).getByRole("textbox", { name: "Số phiếu tán thành" }),
    ).toHaveValue("4");
  });

  it("will not tally an added candidate without its written reason, nor a count that is not a whole number", async () => {
    const host = await prepared();
    renderMeeting(host);
    await openStep("4. Kiểm phiếu");
    present(9);
    await addRow("Bằng khen", "A03", "", 3, 6);
    const row = group("Hội nghị bổ sung, đề cử");
    expect(within(row).getByRole("textbox", { name: /^Lý do bổ sung/ })).toHaveAccessibleDescription(
      "Ghi lý do Hội nghị bổ sung đơn vị này.",
    );
    expect(screen.getByRole("button", { name: "Kiểm phiếu" })).toBeDisabled();
    expect(screen.getByText("Sửa các trường đánh dấu đỏ trước khi kiểm phiếu.")).toBeVisible();
    fill(within(row).getByRole("textbox", { name: /^Lý do bổ sung/ }), ADDED_REASON);
    expect(screen.getByRole("button", { name: "Kiểm phiếu" })).toBeEnabled();
    ballots("Bằng khen: Phường Tây Sơn", 7.5, 2);
    expect(
      within(group("Bằng khen: Phường Tây Sơn")).getByRole("textbox", { name: "Số phiếu tán thành" }),
    ).toHaveAccessibleDescription("Nhập số nguyên từ 0 trở lên.");
    expect(screen.getByRole("button", { name: "Kiểm phiếu" })).toBeDisabled();
    expect(host.calls).toEqual(["outline", "read"]);
  });

  it("makes the minutes and downloads Cụm 1's as a Word file, written in the browser", async () => {
    const host = await tallied();
    const urls: Blob[] = [];
    const links: { href: string; download: string }[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      urls.push(blob);
      return `blob:minutes-${urls.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push({ href: this.getAttribute("href") ?? "", download: this.download });
    });
    try {
      renderMeeting(host);
      // A recorded tally that is current: the tally and minutes steps open, the results show from the workbook.
      expect(await screen.findByText("Kết quả kiểm phiếu đã ghi khớp với số phiếu và điểm hiện tại.")).toBeVisible();
      await userEvent.click(screen.getByRole("button", { name: "Lập biên bản" }));
      expect(
        await screen.findByText("Đã lập biên bản (sheet Biên bản Cụm 1, Biên bản Cụm 2) và ghi Nhật ký."),
      ).toBeVisible();
      await userEvent.click(screen.getByRole("button", { name: "Tải biên bản (.docx) – Cụm 1" }));
      expect(await screen.findByText(/^Đã tải “Biên bản - Cụm 1 - 2026.docx”/)).toBeVisible();
      expect(links).toEqual([{ href: "blob:minutes-1", download: "Biên bản - Cụm 1 - 2026.docx" }]);
      expect(urls[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const zip = await JSZip.loadAsync(await blobBytes(urls[0]));
      const xml = await zip.file("word/document.xml")!.async("string");
      const text = xml.replace(/<[^>]+>/g, "");
      expect(text).toContain("BIÊN BẢN");
      expect(text).toContain("Nguyễn Văn An");
      expect(text).toContain("Phường Kim Tân");
      // Cụm 1's minutes only: no unit of Cụm 2.
      expect(text).not.toContain("Xã Bảo Hà");
    } finally {
      click.mockRestore();
    }
  });

  it("locks its other buttons while the tally runs, and names the running operation", async () => {
    const host = await prepared();
    const gate = deferred();
    const apply = host.apply.bind(host);
    jest.spyOn(host, "apply").mockImplementation(async (plan) => {
      await gate.promise;
      return apply(plan);
    });
    renderMeeting(host);
    await openStep("4. Kiểm phiếu");
    await openStep("1. Danh sách bình xét");
    present(9);
    ballots("Cờ thi đua: Phường Đông Hải", 9, 0);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm phiếu" }));
    expect(
      await screen.findByText("Đang kiểm phiếu… Các thao tác khác tạm khóa cho đến khi việc này xong."),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Đang kiểm phiếu…" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Lập lại danh sách bình xét" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" })).toBeDisabled();
    gate.release();
    expect(await screen.findByText(/^Đã ghi kết quả kiểm phiếu/)).toBeVisible();
  });

  it("speaks English when the pane does", async () => {
    const host = await prepared();
    renderMeeting(host, { lang: "en" });
    await openStep("1. Candidates");
    expect(screen.getByText("The list was drawn from the current ranking (Deliberation sheet).")).toBeVisible();
    expect(screen.getByRole("table", { name: "Cụm 1 – Emulation flag: up to 1, within rank 1" })).toBeVisible();
    await openStep("4. Tally");
    const flag = screen.getByRole("group", { name: "Emulation flag: Phường Đông Hải" });
    expect(within(flag).getByText("Rank 1 · 98 points · HTXSNV")).toBeVisible();
    expect(within(flag).getByRole("textbox", { name: "In favour" })).toHaveValue("");
    expect(screen.getByRole("group", { name: "Election of the Cluster leader for 2027" })).toBeVisible();
  });
});
