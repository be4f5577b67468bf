// The Start screen's states: the gallery before anything is typed, unit lines checked as typed, injection (with its
// progress and its refusal), and a host error.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { listTemplates } from "../../src/core/template/builtinTemplates";
import { HostError } from "../../src/workbook/host/hostTypes";
import { StartScreen } from "../../src/taskpane/screens/StartScreen";
import { MemoryHost } from "../workbook/memoryHost";
import { deferred, now, renderInTheme } from "./paneFixtures";

const UNITS = "SNV\tSở Nội vụ\tKhối Sở\nSTC, Sở Tài chính\nSYT, Sở Y tế";

function start(host = new MemoryHost(), lang: "vi" | "en" = "vi") {
  const onInjected = jest.fn();
  renderInTheme(<StartScreen host={host} lang={lang} now={now} onInjected={onInjected} />);
  return { host, onInjected };
}

describe("Start screen", () => {
  it("offers every built-in template with its scale, groups and legal basis, and cannot inject without units", () => {
    start();
    const radios = within(screen.getByRole("radiogroup", { name: "Mẫu bảng chấm điểm" })).getAllByRole("radio");
    expect(radios).toHaveLength(listTemplates("vi").length);
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
    const { onInjected } = start(host);
    await userEvent.type(screen.getByRole("textbox", { name: "Tên cụm, khối thi đua" }), "Khối Sở");
    await userEvent.type(screen.getByRole("textbox", { name: "Kỳ đánh giá" }), "2026");
    await userEvent.click(screen.getByRole("radio", { name: "Chấm chéo" }));
    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));

    expect(await screen.findByRole("progressbar", { name: "Đang tạo bảng chấm điểm…" })).toBeVisible();
    expect(screen.getByRole("button", { name: /Đang tạo bảng chấm điểm/ })).toBeDisabled();
    gate.release();
    await screen.findByRole("button", { name: "Tạo bảng chấm điểm" });
    expect(onInjected).toHaveBeenCalledTimes(1);
    // Cross mode: one peer sheet per unit, named after its code.
    expect(host.names.has("TD_PEER_SNV")).toBe(true);
    expect(host.names.has("TD_PEER_SYT")).toBe(true);
  });

  it("lists the reasons when the workbook refuses the table (it already holds one)", async () => {
    const host = new MemoryHost();
    const { onInjected } = start(host, "en");
    await userEvent.click(screen.getByRole("textbox", { name: /Member units/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Create the scoring table" }));
    await userEvent.click(await screen.findByRole("button", { name: "Create the scoring table" }));
    const refusal = await screen.findByRole("region", { name: /was not created/ });
    expect(within(refusal).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(onInjected).toHaveBeenCalledTimes(1);
  });

  it("shows a host's failure with the next step and keeps the form", async () => {
    const host = new MemoryHost();
    jest.spyOn(host, "apply").mockRejectedValue(new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." }));
    const { onInjected } = start(host);
    await userEvent.click(screen.getByRole("textbox", { name: /Các đơn vị thành viên/ }));
    await userEvent.paste(UNITS);
    await userEvent.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    expect(await screen.findByText(/Excel đang bận\./)).toBeVisible();
    expect(onInjected).not.toHaveBeenCalled();
    expect(screen.getByText("3 đơn vị")).toBeVisible();
  });
});
