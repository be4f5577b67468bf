import { pickLanguage } from "../../../src/taskpane/messages/pickLanguage";

describe("pickLanguage", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["VI_vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["video", "en"],
  ])("reads %s as %s", (tag, lang) => {
    expect(pickLanguage(tag)).toBe(lang);
  });

  it("falls back to Vietnamese, the product's home language, when no language is known", () => {
    expect(pickLanguage(undefined)).toBe("vi");
    expect(pickLanguage("")).toBe("vi");
  });
});
