// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { type ImportOutcome, ImportResult, type ImportResultStrings } from "./import-result";

afterEach(cleanup);

const strings: ImportResultStrings = {
  failedHeading: (n) => `未导入：发现 ${n} 处问题`,
  row: "行",
  rowFile: "文件",
  rowNumber: (n) => `第 ${n} 行`,
  field: "列",
  message: "问题",
  success: (n) => `已导入 ${n} 个项目。`,
};

type Outcome = ImportOutcome & { titles: string[] };

function renderResult() {
  const [error, setError] = createSignal<string | null>(null);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  let panel: HTMLDivElement | undefined;
  render(() => (
    <ImportResult ref={panel} error={error()} outcome={outcome()} strings={strings}>
      {(done) => (
        <ul>
          {done.titles.map((t) => (
            <li>{t}</li>
          ))}
        </ul>
      )}
    </ImportResult>
  ));
  return { setError, setOutcome, panel: () => panel };
}

describe("ImportResult", () => {
  it("hands the page its focusable panel, empty until something happened", () => {
    const { panel } = renderResult();
    expect(panel()?.getAttribute("tabindex")).toBe("-1");
    expect(panel()?.textContent).toBe("");
  });

  it("announces a request that failed", () => {
    const { setError } = renderResult();
    setError("网络不可用");
    expect(screen.getByRole("alert").textContent).toBe("网络不可用");
  });

  it("lists every refused row with its field and reason, the whole file as 文件, and nothing imported", () => {
    const { setOutcome } = renderResult();
    setOutcome({
      imported: 0,
      titles: ["不应显示"],
      errors: [
        { row: 0, field: null, message: "不认识的列：备注" },
        { row: 12, field: "landUseClass", message: "用地性质“9999”不在分类中" },
      ],
    });
    const refusal = screen.getByRole("region", { name: "未导入：发现 2 处问题" });
    const rows = within(refusal).getAllByRole("row").slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ["文件", "", "不认识的列：备注"],
      ["第 12 行", "landUseClass", "用地性质“9999”不在分类中"],
    ]);
    expect(within(refusal).getByRole("rowheader", { name: "第 12 行" })).toBeTruthy();
    expect(screen.queryByText("不应显示")).toBeNull();
  });

  it("counts what was imported and shows the feature's list of it", () => {
    const { setOutcome } = renderResult();
    setOutcome({ imported: 2, errors: [], titles: ["一号地块", "二号地块"] });
    const done = screen.getByRole("region", { name: "已导入 2 个项目。" });
    expect(
      within(done)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["一号地块", "二号地块"]);
    expect(screen.queryByRole("table")).toBeNull();
  });
});
