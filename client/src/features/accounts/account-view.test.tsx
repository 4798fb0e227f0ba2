// @vitest-environment happy-dom
import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, render, screen } from "@solidjs/testing-library";
import { Client, fetchExchange } from "@urql/core";
import { Provider } from "@urql/solid";
import { afterEach, describe, expect, it } from "vitest";
import type { FragmentOf } from "../../lib/graphql";
import { AccountView, type AccountView_UserFragment } from "./account-view";

afterEach(cleanup);

/** Nothing here talks to the server until a button is pressed; a request would fail the test. */
const offlineClient = new Client({
  url: "http://test/graphql",
  exchanges: [fetchExchange],
  fetch: () => Promise.reject(new Error("no request expected")),
});

function renderAccount(roles: string[]) {
  const user = {
    id: "u1",
    username: "staff",
    displayName: "测试人员",
    mustChangePassword: false,
    roles,
    department: null,
  } as unknown as FragmentOf<typeof AccountView_UserFragment>;
  render(() => (
    <Provider value={offlineClient}>
      <MemoryRouter>
        <Route path="/" component={() => <AccountView user={user} onAccountChanged={() => {}} />} />
      </MemoryRouter>
    </Provider>
  ));
}

/** The staff screens 我的 links to, by name and address, in order. */
const staffLinks = () =>
  screen
    .getAllByRole("link")
    .map((link) => `${link.textContent} ${link.getAttribute("href")}`)
    .filter((link) => / \/(staff|me)/.test(link));

describe("AccountView links", () => {
  it("offers an admin letters, moderation, the calendar and the audit log", () => {
    renderAccount(["ADMIN"]);
    expect(staffLinks()).toEqual([
      "信件办理 /staff/letters",
      "公开内容管理 /staff/moderation",
      "工作日历 /staff/calendar",
      "查看审计日志 /me/audit",
    ]);
  });

  it("offers a maintainer the workbench and moderation, not the calendar", () => {
    renderAccount(["MAINTAINER"]);
    expect(staffLinks()).toEqual(["信息发布工作台 /staff", "公开内容管理 /staff/moderation"]);
  });

  it("offers a handler letters only", () => {
    renderAccount(["HANDLER"]);
    expect(staffLinks()).toEqual(["信件办理 /staff/letters"]);
  });
});
