// @vitest-environment happy-dom
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { OfflineNotice } from "./offline-notice";

afterEach(cleanup);

function goOffline() {
  Object.defineProperty(navigator, "onLine", { configurable: true, value: false });
  window.dispatchEvent(new Event("offline"));
}

function goOnline() {
  Object.defineProperty(navigator, "onLine", { configurable: true, value: true });
  window.dispatchEvent(new Event("online"));
}

describe("OfflineNotice", () => {
  it("announces 网络已断开 while offline and disappears when back online", () => {
    goOnline();
    render(() => <OfflineNotice />);
    expect(screen.queryByRole("status")).toBeNull();

    goOffline();
    expect(screen.getByRole("status").textContent).toContain("网络已断开");

    goOnline();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
