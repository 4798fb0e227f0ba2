// @vitest-environment happy-dom
import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createStore } from "solid-js/store";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type DetailNotice, DetailPage } from "./detail-page";
import type { ErrorLike } from "./errors";

afterEach(cleanup);

interface Thing {
  slug: string;
  title: string;
}

const notFound: DetailNotice = {
  title: "指南不存在",
  body: "没有这个指南。",
  back: { href: "/guides", label: "返回指南" },
};
const goneNotice: DetailNotice = { title: "指南已停用", body: "该指南已停止使用。", back: notFound.back };

const coded = (code: string, message = "…"): ErrorLike => ({
  graphQLErrors: [{ message, extensions: { code } }],
});

/** Renders the page for /things/wanted with a query result the test then changes. */
function renderPage(options: { gone?: DetailNotice | (() => import("solid-js").JSX.Element) } = {}) {
  const [query, setQuery] = createStore<{
    fetching: boolean;
    error: ErrorLike | undefined;
    answer: Thing | null | undefined;
  }>({ fetching: true, error: undefined, answer: undefined });
  const onRetry = vi.fn();
  const Page = () => (
    <DetailPage
      result={query}
      answer={query.answer}
      matches={(found) => found.slug === "wanted"}
      onRetry={onRetry}
      skeletons={3}
      notFound={notFound}
      gone={options.gone}
    >
      {(thing) => <h1>{thing.title}</h1>}
    </DetailPage>
  );
  render(() => (
    <MemoryRouter>
      <Route path="/" component={Page} />
    </MemoryRouter>
  ));
  return { setQuery, onRetry, section: () => document.querySelector("section.page") };
}

describe("DetailPage", () => {
  it("is busy with skeletons while loading, also while the previous page's answer is still there", () => {
    const { setQuery, section } = renderPage();
    expect(section()?.getAttribute("aria-busy")).toBe("true");
    expect(document.querySelectorAll(".skeleton-card")).toHaveLength(3);
    setQuery({ answer: { slug: "other", title: "上一个" } });
    expect(screen.queryByText("上一个")).toBeNull();
    expect(section()?.getAttribute("aria-busy")).toBe("true");
  });

  it("shows the thing once the answer matches the URL", () => {
    const { setQuery, section } = renderPage();
    setQuery({ fetching: false, answer: { slug: "wanted", title: "建设工程规划许可" } });
    expect(screen.getByRole("heading", { name: "建设工程规划许可" })).toBeTruthy();
    expect(section()?.getAttribute("aria-busy")).toBe("false");
  });

  it("says not found for NOT_FOUND and for a null answer, with the way back", () => {
    const { setQuery } = renderPage();
    setQuery({ fetching: false, error: coded("NOT_FOUND") });
    expect(screen.getByRole("heading", { level: 1, name: "指南不存在" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "返回指南" }).getAttribute("href")).toBe("/guides");
    setQuery({ error: undefined, answer: null });
    expect(screen.getByText("没有这个指南。")).toBeTruthy();
  });

  it("gives the server's reason on the withdrawn page, or the notice's own words", () => {
    const { setQuery } = renderPage({ gone: goneNotice });
    setQuery({ fetching: false, error: coded("GONE", " 该办事指南已停止使用：事项已取消 ") });
    expect(screen.getByRole("heading", { level: 1, name: "指南已停用" })).toBeTruthy();
    expect(screen.getByText("该办事指南已停止使用：事项已取消")).toBeTruthy();
    setQuery({ error: coded("GONE", "") });
    expect(screen.getByText("该指南已停止使用。")).toBeTruthy();
  });

  it("renders a page of its own for GONE, and an error panel for GONE when it has none", () => {
    const first = renderPage({ gone: () => <p>已撤下</p> });
    first.setQuery({ fetching: false, error: coded("GONE") });
    expect(screen.getByText("已撤下")).toBeTruthy();
    cleanup();
    const second = renderPage();
    second.setQuery({ fetching: false, error: coded("GONE") });
    expect(screen.getByRole("alert").textContent).toContain("该信息已撤下。");
  });

  it("offers a retry on an error and when offline with nothing cached", () => {
    const { setQuery, onRetry } = renderPage();
    setQuery({ fetching: false, error: coded("FORBIDDEN") });
    expect(screen.getByRole("alert").textContent).toContain("您没有权限查看此内容。");
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    // No data, no error, nothing in flight: the offline exchange answered from an empty cache.
    setQuery({ error: undefined });
    expect(screen.getByText(/网络不可用/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});
