import { describe, expect, it } from "vitest";
import { type ViewStateInput, viewState } from "./view-state";

const base: ViewStateInput = { fetching: false, hasData: false, isEmpty: false, hasError: false, online: true };

describe("viewState", () => {
  it("is loading while the first request is in flight", () => {
    expect(viewState({ ...base, fetching: true })).toBe("loading");
  });

  it("shows data, even while refreshing, offline or after a failed refresh", () => {
    expect(viewState({ ...base, hasData: true })).toBe("ready");
    expect(viewState({ ...base, hasData: true, fetching: true })).toBe("ready");
    expect(viewState({ ...base, hasData: true, online: false })).toBe("ready");
    expect(viewState({ ...base, hasData: true, hasError: true })).toBe("ready");
  });

  it("is empty when data has no items", () => {
    expect(viewState({ ...base, hasData: true, isEmpty: true })).toBe("empty");
  });

  it("is an error when the request failed and nothing is cached", () => {
    expect(viewState({ ...base, hasError: true })).toBe("error");
  });

  it("is offline when offline with nothing cached, even while a request is pending", () => {
    expect(viewState({ ...base, online: false })).toBe("offline");
    expect(viewState({ ...base, online: false, fetching: true })).toBe("offline");
    expect(viewState({ ...base, online: false, hasError: true })).toBe("offline");
  });

  it("treats a settled result with neither data nor error as offline", () => {
    expect(viewState(base)).toBe("offline");
  });
});
