// What making the council's ballots or the dossier from a province workbook can say, in both languages.

import { defineMessages } from "../../core/messages/messageTypes";

export const outputMessages = defineMessages({
  notProvince: {
    vi: () => "Đây không phải bảng tổng hợp của Tỉnh; hãy lập bằng lệnh thidua province.",
    en: () => "This is not a province workbook; make one with thidua province.",
  },
  badSettings: {
    vi: (p: { problems: string }) => `Cài đặt của bảng tổng hợp chưa dùng được: ${p.problems} Hãy sửa sheet Cài đặt.`,
    en: (p: { problems: string }) =>
      `The province workbook's settings cannot be used: ${p.problems} Fix the Settings sheet.`,
  },
  noCopies: {
    vi: () =>
      "Chưa biết số thành viên Hội đồng để in phiếu: hãy ghi khóa council.members ở sheet Cài đặt hoặc nêu --copies.",
    en: () =>
      "The council's members are not known, so how many ballots to print: set council.members on the Settings sheet or give --copies.",
  },
  councilNotCited: {
    vi: () =>
      "Bảng biểu quyết của Hội đồng còn lỗi nên hồ sơ chưa ghi kết quả biểu quyết; hãy kiểm tra bằng lệnh " +
      "thidua province-tally rồi lập lại hồ sơ.",
    en: () =>
      "The council's vote table has errors, so the dossier does not cite the vote; check it with thidua " +
      "province-tally and make the dossier again.",
  },
});
