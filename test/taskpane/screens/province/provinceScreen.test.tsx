// The Tỉnh screen in jsdom: the cluster workbooks picked together are read one by one, the province workbook opens
// as a new workbook, each file's outcome is listed under its name, and the dossier's documents download as .docx.
//
// Files: cum1.xlsx and cum2.xlsx of the province scenario (provinceScenario.ts), both counted, and a text file that
// is no workbook. Their list: I. C1A (flag); II. C1B, C2A, C2B (certificates); III. C2A, C2B (cluster 2's tied flag).

import { TextEncoder } from "node:util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { XlsxHost } from "../../../../src/hosts/xlsx/xlsxHost";
import { readFileBytes } from "../../../../src/taskpane/readFileBytes";
import { ProvinceScreen } from "../../../../src/taskpane/screens/province/ProvinceScreen";
import { StartScreen } from "../../../../src/taskpane/screens/start/StartScreen";
import { MemoryHost } from "../../../workbook/memoryHost";
import { fillCluster } from "../../../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../../../workbook/province/provinceScenario";
import { renderScreen } from "../../paneFixtures";

jest.setTimeout(60_000);

// jsdom has no TextEncoder; the docx package encodes the document's parts with it, as browsers provide.
Object.assign(globalThis, { TextEncoder });

let clusterFiles: File[];

beforeAll(async () => {
  clusterFiles = [];
  for (const [file, spec] of PROVINCE_FILES.slice(0, 2)) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    clusterFiles.push(new File([(await host.save()) as BlobPart], file));
  }
});

function recordingOpener() {
  const opened: Uint8Array[] = [];
  const open = jest.fn(async (bytes: Uint8Array) => {
    opened.push(bytes);
  });
  return { opened, open };
}

const pick = (files: File[]) =>
  fireEvent.change(screen.getByLabelText("Các bảng chấm điểm của cụm, khối (.xlsx)"), { target: { files } });

describe("Tỉnh screen", () => {
  it("is reached from Start on a blank workbook, its code loading only when chosen", async () => {
    renderScreen(<StartScreen />, { host: new MemoryHost(), hasTable: false });
    expect(screen.queryByRole("heading", { name: "Tổng hợp của Tỉnh" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp của Tỉnh (Ban Thi đua - Khen thưởng)…" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Tổng hợp của Tỉnh" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Chọn bảng của các cụm, khối" })).toBeEnabled();
  });

  it("makes the province workbook from the files picked, opens it, and says what each file gave", async () => {
    const opener = recordingOpener();
    renderScreen(<ProvinceScreen />, { host: new MemoryHost(), hasTable: false, openWorkbook: opener.open });
    pick([...clusterFiles, new File(["không phải sổ tính"], "ghi chú.txt")]);
    expect(
      await screen.findByText(
        "Đã mở bảng tổng hợp của Tỉnh: 1 đề nghị Cờ thi đua, 3 đề nghị Bằng khen, 2 trường hợp đề nghị Hội đồng xem xét; 2/3 tệp được đưa vào danh sách. Hãy lưu sổ tính mới.",
        {},
        { timeout: 30_000 },
      ),
    ).toBeVisible();
    expect(opener.opened).toHaveLength(1);
    const province = await XlsxHost.load(opener.opened[0]);
    const sheets = (await province.outline()).sheets.map((s) => s.name);
    expect(sheets.slice(0, 2)).toEqual(["Danh sách đề nghị", "Biểu quyết Hội đồng"]);

    const files = screen.getByRole("region", { name: "Kết quả từng tệp" });
    expect(within(files).getByText("cum1.xlsx: được đưa vào danh sách")).toBeVisible();
    expect(within(files).getByText("cum2.xlsx: được đưa vào danh sách")).toBeVisible();
    expect(within(files).getByText("ghi chú.txt: không được đưa vào danh sách")).toBeVisible();
    const unreadable = within(files).getByRole("list", { name: "ghi chú.txt" });
    expect(within(unreadable).getByText(/không đọc được tệp này như một sổ tính Excel/)).toBeVisible();
  });

  it("downloads each of the dossier's documents as a .docx file, made in the pane", async () => {
    const created: Blob[] = [];
    const downloads: string[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        created.push(blob);
        return "blob:dossier";
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    try {
      renderScreen(<ProvinceScreen />, { host: new MemoryHost(), hasTable: false, openWorkbook: async () => {} });
      pick(clusterFiles);
      const list = await screen.findByRole("list", { name: "Các tệp hồ sơ" }, { timeout: 30_000 });
      expect(
        within(list)
          .getAllByRole("button")
          .map((b) => b.textContent),
      ).toEqual([
        "Tải xuống Tờ trình Cờ thi đua - C1A Đơn vị C1A.docx",
        "Tải xuống Danh sách Cờ thi đua - C1A Đơn vị C1A.docx",
        "Tải xuống Danh sách đề nghị khen thưởng - năm 2026.docx",
      ]);
      await userEvent.click(within(list).getByRole("button", { name: /Tờ trình Cờ thi đua - C1A/ }));
      await waitFor(() => expect(downloads).toEqual(["Tờ trình Cờ thi đua - C1A Đơn vị C1A.docx"]), {
        timeout: 10_000,
      });
      expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      // A .docx is a zip: it starts with "PK".
      const bytes = await readFileBytes(created[0]);
      expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    } finally {
      click.mockRestore();
    }
  });
});
