// @vitest-environment happy-dom
// The checklist as a citizen uses it, on a real IndexedDB API (fake-indexeddb): ticks survive
// the page going away and coming back, per guide and revision.
import "fake-indexeddb/auto";
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { idbChecklistStore } from "./checklist-store";
import { type ChecklistMaterial, MaterialsChecklist } from "./materials-checklist";

afterEach(cleanup);

const MATERIALS: ChecklistMaterial[] = [
  {
    id: "m1",
    name: "建设工程规划许可证申请表",
    form: "ORIGINAL",
    copies: 1,
    required: true,
    templateUrl: "/media/form.docx",
    sampleUrl: "/media/sample.pdf",
  },
  { id: "m2", name: "申请人身份证明", form: "COPY", copies: 1, required: true },
  { id: "m3", name: "建设工程设计方案总平面图", form: "ORIGINAL_AND_COPY", copies: 2, required: true },
  { id: "m4", name: "授权委托书", form: "ORIGINAL", copies: 1, required: false, note: "委托办理时提供" },
];

function renderChecklist(slug: string, revision: string) {
  return render(() => <MaterialsChecklist slug={slug} revision={revision} materials={MATERIALS} />);
}

async function box(name: string): Promise<HTMLInputElement> {
  const element = await screen.findByRole("checkbox", { name });
  await waitFor(() => expect((element as HTMLInputElement).disabled).toBe(false));
  return element as HTMLInputElement;
}

describe("MaterialsChecklist", () => {
  it("shows each material's form, copies and whether it is required, with its downloads", async () => {
    renderChecklist(`show-${Math.random()}`, "r1");
    expect(await box("建设工程规划许可证申请表")).toBeTruthy();
    expect(screen.getByText("原件及复印件")).toBeTruthy();
    expect(screen.getByText("2 份")).toBeTruthy();
    expect(screen.getByText("非必须")).toBeTruthy();
    expect(screen.getByText("委托办理时提供")).toBeTruthy();
    expect(screen.getByRole("link", { name: /^表格下载\s*：建设工程规划许可证申请表$/ }).getAttribute("href")).toBe(
      "/media/form.docx",
    );
    expect(screen.getByRole("link", { name: /^填写样例\s*：建设工程规划许可证申请表$/ }).getAttribute("href")).toBe(
      "/media/sample.pdf",
    );
    expect(screen.getByRole("status").textContent).toBe("已备齐 0/4 项，还差 3 项必须材料");
  });

  it("keeps the ticks on the device for the same guide revision only", async () => {
    const slug = `gongcheng-${Math.random()}`;
    const first = renderChecklist(slug, "r1");
    fireEvent.click(await box("申请人身份证明"));
    fireEvent.click(await box("授权委托书"));
    expect(screen.getByRole("status").textContent).toBe("已备齐 2/4 项，还差 2 项必须材料");
    await waitFor(async () => expect((await idbChecklistStore()?.read(slug))?.ticked).toEqual(["m2", "m4"]));
    first.unmount();

    // The page again (a reload): the same two ticks.
    const again = renderChecklist(slug, "r1");
    await waitFor(async () => expect((await box("申请人身份证明")).checked).toBe(true));
    expect((await box("授权委托书")).checked).toBe(true);
    expect((await box("建设工程规划许可证申请表")).checked).toBe(false);
    again.unmount();

    // The guide republished: a fresh list.
    renderChecklist(slug, "r2");
    expect((await box("申请人身份证明")).checked).toBe(false);
    expect(screen.getByRole("status").textContent).toBe("已备齐 0/4 项，还差 3 项必须材料");
  });
});
