// @vitest-environment happy-dom
import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HiddenLetters } from "./hidden-letters";

afterEach(cleanup);

const hiddenLetter = {
  __typename: "Letter",
  id: "TGV0dGVyOmwx",
  channel: "DIRECTOR_MAILBOX",
  subject: "关于某小区加装电梯的意见",
  type: "SUGGESTION",
  trackingCode: "7KQ2-M9XD-4TRB",
  hiddenAt: "2026-03-02T01:30:00.000Z",
  hiddenReason: "含第三人的住址",
};

/** A stand-in server answering the hidden-letters query; `requests` keeps what the page asked. */
function serverWith(letters: (typeof hiddenLetter)[]) {
  const requests: Array<{ query: string; variables: Record<string, unknown> }> = [];
  const client = new Client({
    url: "http://test/graphql",
    exchanges: [fetchExchange],
    // Queries go as GET (urql's default within the URL length limit): the query is in the URL.
    fetch: async (url) => {
      const params = new URL(String(url)).searchParams;
      requests.push({ query: params.get("query") ?? "", variables: JSON.parse(params.get("variables") ?? "{}") });
      const data = {
        letterInbox: {
          __typename: "QueryLetterInboxConnection",
          totalCount: letters.length,
          edges: letters.map((node) => ({ __typename: "QueryLetterInboxConnectionEdge", node })),
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
    },
  });
  return { client, requests };
}

function renderHidden(options: { moderator: boolean; letters: (typeof hiddenLetter)[] }) {
  const { client, requests } = serverWith(options.letters);
  const onRestore = vi.fn();
  render(() => (
    <Provider value={client}>
      <MemoryRouter>
        <Route
          path="/"
          component={() => <HiddenLetters moderator={options.moderator} busy={false} onRestore={onRestore} />}
        />
      </MemoryRouter>
    </Provider>
  ));
  return { requests, onRestore };
}

describe("HiddenLetters", () => {
  it("lists the hidden letters from the server, with when and why, and restores one", async () => {
    const { requests, onRestore } = renderHidden({ moderator: true, letters: [hiddenLetter] });
    const title = await screen.findByRole("link", { name: hiddenLetter.subject });
    expect(title.getAttribute("href")).toBe("/staff/letters/TGV0dGVyOmwx");
    expect(requests[0]?.query).toMatch(/letterInbox\(\s*filter: \{\s*publication: HIDDEN\s*\}/);
    expect(screen.getByText("原因：含第三人的住址")).toBeTruthy();
    expect(screen.getByText(/7KQ2-M9XD-4TRB/)).toBeTruthy();
    expect(screen.getByText("共 1 封")).toBeTruthy();
    const hiddenAt = document.querySelector("time");
    expect(hiddenAt?.getAttribute("datetime")).toBe(hiddenLetter.hiddenAt);

    fireEvent.click(screen.getByRole("button", { name: `恢复“${hiddenLetter.subject}”` }));
    expect(onRestore).toHaveBeenCalledWith(hiddenLetter.id, hiddenLetter.subject);
  });

  it("marks a hidden comment on planning publicity as such", async () => {
    const comment = {
      ...hiddenLetter,
      id: "TGV0dGVyOmMx",
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      subject: "对《凤岭北片区学校设计方案批前公示》的意见",
    };
    renderHidden({ moderator: true, letters: [comment] });
    await screen.findByRole("link", { name: comment.subject });
    expect(screen.getByText("规划公示意见")).toBeTruthy();
    expect(screen.queryByText("意见")).toBeNull();
  });

  it("lets other letter staff read the list without the restore button", async () => {
    renderHidden({ moderator: false, letters: [hiddenLetter] });
    await screen.findByRole("link", { name: hiddenLetter.subject });
    expect(screen.queryByRole("button", { name: /恢复/ })).toBeNull();
  });

  it("says so when nothing is hidden", async () => {
    renderHidden({ moderator: true, letters: [] });
    expect(await screen.findByText("没有已隐藏的来信或公示意见。")).toBeTruthy();
  });
});
