// @vitest-environment happy-dom
import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, render, screen } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it } from "vitest";
import { OverdueBanner } from "./overdue-banner";

afterEach(cleanup);

interface BannerData {
  roles: string[];
  overdue: number;
  oldest: { trackingCode: string; ageDays: number; beyondInspectionLine: boolean } | null;
}

/** Resolves once the stand-in server has answered a request. */
let served: Promise<void> = Promise.resolve();

/** A client whose every query gets the banner's data from a stand-in server (no network, no cache). */
function clientAnswering(data: BannerData): Client {
  let answer: () => void = () => {};
  served = new Promise((resolve) => {
    answer = resolve;
  });
  const body = {
    data: {
      me: { __typename: "User", id: "u1", roles: data.roles },
      overdueLetterCount: data.overdue,
      oldestOpenLetter: data.oldest ? { __typename: "OldestOpenLetter", ...data.oldest } : null,
    },
  };
  return new Client({
    url: "http://test/graphql",
    exchanges: [fetchExchange],
    fetch: async () => {
      answer();
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    },
  });
}

function renderBanner(data: BannerData) {
  render(() => (
    <Provider value={clientAnswering(data)}>
      <MemoryRouter>
        <Route path="/" component={OverdueBanner} />
      </MemoryRouter>
    </Provider>
  ));
}

/** Waits for the stand-in server's answer, then for it to reach the component. */
async function answered() {
  await served;
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const oldest = (ageDays: number) => ({ trackingCode: "7KQ2-M9XD-4TRB", ageDays, beyondInspectionLine: ageDays >= 90 });

describe("OverdueBanner", () => {
  it("flags overdue letters with a link to the inbox filtered to them, and the oldest letter's age", async () => {
    renderBanner({ roles: ["HANDLER"], overdue: 3, oldest: oldest(20) });
    const link = await screen.findByRole("link", { name: "3 封来信已超过办理期限" });
    expect(link.getAttribute("href")).toBe("/staff/letters?due=OVERDUE");
    expect(screen.getByRole("link", { name: "最早未答复的来信（7KQ2-M9XD-4TRB）已收到 20 天" })).toBeTruthy();
    expect(screen.queryByText(/已超过 3 个月未答复/)).toBeNull();
  });

  it("warns hardest past the inspection's 3-month line, even with nothing overdue", async () => {
    renderBanner({ roles: ["DEPT_HEAD"], overdue: 0, oldest: oldest(95) });
    expect(await screen.findByText(/已超过 3 个月未答复/)).toBeTruthy();
    expect(screen.queryByRole("link", { name: /封来信已超过办理期限/ })).toBeNull();
  });

  it("says nothing when every letter is on time", async () => {
    renderBanner({ roles: ["HANDLER"], overdue: 0, oldest: oldest(4) });
    await answered();
    expect(screen.queryByText(/来信/)).toBeNull();
  });

  it("is not shown to staff who do not work on letters", async () => {
    renderBanner({ roles: ["EDITOR"], overdue: 5, oldest: oldest(120) });
    await answered();
    expect(screen.queryByText(/来信/)).toBeNull();
  });
});
