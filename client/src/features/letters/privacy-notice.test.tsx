// @vitest-environment happy-dom
import { cleanup, render, screen } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it } from "vitest";
import { PrivacyNotice, retentionPeriod } from "./privacy-notice";

afterEach(cleanup);

describe("retentionPeriod", () => {
  it("says whole years in years, anything else in days", () => {
    expect(retentionPeriod(1095)).toBe("3 年");
    expect(retentionPeriod(1825)).toBe("5 年");
    expect(retentionPeriod(180)).toBe("180 天");
  });
});

/** A client whose requests a stand-in server answers with `retentionDays`, or never (offline). */
function renderNotice(retentionDays: number | null) {
  const client = new Client({
    url: "http://test/graphql",
    exchanges: [fetchExchange],
    fetch: () =>
      retentionDays === null
        ? new Promise<Response>(() => {})
        : Promise.resolve(
            new Response(JSON.stringify({ data: { letterPolicy: { __typename: "LetterPolicy", retentionDays } } }), {
              headers: { "content-type": "application/json" },
            }),
          ),
  });
  render(() => (
    <Provider value={client}>
      <PrivacyNotice id="privacy" />
    </Provider>
  ));
}

describe("PrivacyNotice", () => {
  it("states the period after which the server erases personal data", async () => {
    renderNotice(1825);
    expect(await screen.findByText(/来信办结后保存 5 年，期满后系统自动删除/)).toBeTruthy();
  });

  it("promises no number it does not know (offline on a first visit)", () => {
    renderNotice(null);
    expect(screen.getByText(/来信办结后按本局规定的期限保存，期满后/)).toBeTruthy();
    expect(screen.queryByText(/保存 \d/)).toBeNull();
  });
});
