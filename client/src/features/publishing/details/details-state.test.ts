import { describe, expect, it } from "vitest";
import { DETAILS_KINDS, type DetailsKind, detailsFormFromJson, emptyDetailsForm, hasDetails } from "./details-state";

describe("details forms", () => {
  it("are offered for projects, guides and topic pages only", () => {
    expect(DETAILS_KINDS.filter(hasDetails)).toEqual(["PROJECT", "GUIDE", "TOPIC_PAGE"]);
    expect(hasDetails("NEWS")).toBe(false);
  });

  it("start empty from null or unreadable JSON, for each kind", () => {
    for (const kind of DETAILS_KINDS as DetailsKind[]) {
      expect(detailsFormFromJson(kind, null)).toEqual(emptyDetailsForm(kind));
      expect(detailsFormFromJson(kind, "{oops")).toEqual(emptyDetailsForm(kind));
      expect(detailsFormFromJson(kind, "[1, 2]")).toEqual(emptyDetailsForm(kind));
      expect(emptyDetailsForm(kind)).toMatchObject({ kind, rest: {} });
    }
  });
});
