// The Bình xét screen on the two-cluster meeting of the workbook tests (in-memory host): what it says before a
// ranking, preparing the list and the candidates it shows, the particulars with a refused date at its field, the
// ballots opened as workbooks, the tally entered in the pane (passed, failed, no quorum, an added candidate with its
// reason), a flag voted to rank 2 refused at its row, and the minutes downloaded as a .docx.
//
// Cụm 1 (10 units): flag A01 (rank 1); certificates A02 (rank 2) and A04 (rank 4); A03 (rank 3, HTNV) left out for
// its grade. Cụm 2 (6 units): flag B01, certificate B02. A proposal passes with more than half of all members.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { XlsxHost } from "../../../../src/hosts/xlsx/xlsxHost";
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

async function typeInto(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  if (text !== "") await userEvent.type(field, text);
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
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Cụm, khối đang làm việc" }), "Cụm 2");
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
    await typeInto(date, "32/13/2026");
    await typeInto(screen.getByRole("textbox", { name: "Chủ trì (họ và tên)" }), "Nguyễn Văn An");
    await userEvent.click(screen.getByRole("button", { name: "Ghi thông tin cuộc họp" }));
    expect(await screen.findByText(/Chưa ghi: có thông tin không đọc được/)).toBeVisible();
    expect(date).toHaveAccessibleDescription(/không đọc được “32\/13\/2026”; ghi ví dụ 15\/12\/2026/);
    // Nothing written: the chair's cell stays blank (Cụm 1 is column C; particulars from row 5, in the order
    // members, present, date, start, end, place, town, organ, chair: row 13; the leader is the 15th, row 19).
    expect(value(host, "Cuộc họp", "C13")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Đến ô C7" }));
    await waitFor(() => expect(select).toHaveBeenCalledWith("Cuộc họp", "C7"));

    await typeInto(date, "15/12/2026");
    await typeInto(screen.getByRole("textbox", { name: "Thời gian bắt đầu (giờ, phút)" }), "8:00");
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
});
