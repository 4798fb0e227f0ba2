// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InlineSearch } from "./inline-search";

afterEach(cleanup);

function renderInForm(searching = false) {
  const onSearch = vi.fn();
  const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
  const [text, setText] = createSignal("");
  render(() => (
    <form onSubmit={onSubmit}>
      <InlineSearch
        id="pick"
        label="搜索相关信息"
        hint="输入标题中的词"
        describedBy="pick-status"
        value={text()}
        onInput={setText}
        onSearch={onSearch}
        searching={searching}
        buttonLabel="搜索"
        searchingLabel="正在搜索…"
      />
      <p id="pick-status" />
    </form>
  ));
  return { onSearch, onSubmit, text };
}

describe("InlineSearch", () => {
  it("searches on Enter without submitting the surrounding form", () => {
    const { onSearch, onSubmit, text } = renderInForm();
    const box = screen.getByRole("searchbox", { name: "搜索相关信息" });
    fireEvent.input(box, { target: { value: "五象" } });
    expect(text()).toBe("五象");
    // false: the Enter key's default (submitting the form, confirming a dialog) was prevented.
    expect(fireEvent.keyDown(box, { key: "Enter" })).toBe(false);
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "搜索" }));
    expect(onSearch).toHaveBeenCalledTimes(2);
  });

  it("is described by its hint and the caller's status line", () => {
    renderInForm();
    const box = screen.getByRole("searchbox", { name: "搜索相关信息" });
    const ids = box.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids.map((id) => document.getElementById(id)?.id)).toEqual([expect.any(String), "pick-status"]);
    expect(document.getElementById(ids[0] ?? "")?.textContent).toBe("输入标题中的词");
  });

  it("shows the search running and refuses a second one meanwhile", () => {
    renderInForm(true);
    expect(screen.getByRole("button", { name: "正在搜索…" })).toHaveProperty("disabled", true);
  });
});
