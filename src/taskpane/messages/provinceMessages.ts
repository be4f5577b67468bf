// Messages of the Tỉnh (province) screen, in Vietnamese and English: picking the clusters' workbooks, making the
// province workbook, what each file gave, and the dossier's documents to download.
import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };

export const provinceScreenMessages = defineMessages({
  tab: { vi: () => "Tỉnh", en: () => "Province" },
  title: { vi: () => "Tổng hợp của Tỉnh", en: () => "Province consolidation" },
  entry: { vi: () => "Tổng hợp của Tỉnh (Ban Thi đua - Khen thưởng)…", en: () => "Province consolidation (Board)…" },
  intro: {
    vi: () =>
      "Chọn cùng lúc các bảng chấm điểm đã xếp hạng của các cụm, khối. Bảng tổng hợp của Tỉnh (danh sách đề nghị khen thưởng, biểu quyết của Hội đồng, thống kê) mở thành một sổ tính mới; các tệp của cụm, khối không bị thay đổi.",
    en: () =>
      "Pick the ranked scoring workbooks of the clusters and blocks together. The province workbook (the list of proposed awards, the council's vote, statistics) opens as a new workbook; the cluster files are not changed.",
  },
  pick: { vi: () => "Chọn bảng của các cụm, khối", en: () => "Pick the cluster workbooks" },
  input: { vi: () => "Các bảng chấm điểm của cụm, khối (.xlsx)", en: () => "Cluster scoring workbooks (.xlsx)" },
  dropHint: { vi: () => "hoặc kéo các tệp .xlsx vào đây", en: () => "or drop the .xlsx files here" },
  opening: { vi: () => "Đang mở bảng tổng hợp của Tỉnh", en: () => "Opening the province workbook" },
  unreadable: {
    vi: () => "không đọc được tệp này như một sổ tính Excel (.xlsx)",
    en: () => "this file could not be read as an Excel workbook (.xlsx)",
  },
  done: {
    vi: (p: { flags: number; certificates: number; council: number; counted: number; files: number }) =>
      `Đã mở bảng tổng hợp của Tỉnh: ${p.flags} đề nghị Cờ thi đua, ${p.certificates} đề nghị Bằng khen, ${p.council} trường hợp đề nghị Hội đồng xem xét; ${p.counted}/${p.files} tệp được đưa vào danh sách. Hãy lưu sổ tính mới.`,
    en: (p: { flags: number; certificates: number; council: number; counted: number; files: number }) =>
      `The province workbook is open: ${p.flags} flag(s), ${p.certificates} certificate(s) proposed, ${p.council} case(s) for the council; ${p.counted} of ${p.files} files are in the list. Save the new workbook.`,
  },
  none: {
    vi: () => "Không đọc được bảng nào của cụm, khối; chưa lập bảng tổng hợp.",
    en: () => "No cluster workbook could be read; no province workbook was made.",
  },
  filesLabel: { vi: () => "Kết quả từng tệp", en: () => "Each file" },
  fileCounted: { vi: (p: File) => `${p.file}: được đưa vào danh sách`, en: (p: File) => `${p.file}: in the list` },
  fileLeftOut: {
    vi: (p: File) => `${p.file}: không được đưa vào danh sách`,
    en: (p: File) => `${p.file}: left out of the list`,
  },
  generalFindings: { vi: () => "Phát hiện chung", en: () => "About the whole list" },
  dossierTitle: { vi: () => "Hồ sơ đề nghị khen thưởng (.docx)", en: () => "Award dossier (.docx)" },
  dossierIntro: {
    vi: () =>
      "Tờ trình và danh sách đề nghị cho từng đơn vị đề nghị Cờ thi đua, và danh sách chung, theo thể thức Nghị định 30/2020/NĐ-CP. Sau khi Hội đồng biểu quyết, lập lại hồ sơ từ bảng tổng hợp bằng lệnh thidua province-dossier.",
    en: () =>
      "A submission and a list for each unit proposed for the flag, and the whole list, in the Decree 30/2020 layout. After the council's vote, make them again from the province workbook with thidua province-dossier.",
  },
  dossierFiles: { vi: () => "Các tệp hồ sơ", en: () => "Dossier files" },
  download: { vi: (p: File) => `Tải xuống ${p.file}`, en: (p: File) => `Download ${p.file}` },
  dossierFailed: {
    vi: (p: { reason: string }) => `Không lập được hồ sơ: ${p.reason}`,
    en: (p: { reason: string }) => `The dossier could not be made: ${p.reason}`,
  },
});
