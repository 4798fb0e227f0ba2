import type { graphql } from "../../lib/graphql";
import type { Role } from "../accounts/roles";
import { publishingStrings } from "./strings";

/**
 * 有效性 of disclosure items, mirroring setValidity in server/src/modules/publishing/
 * disclosure.service.ts. The client only shows the button and saves a round trip; the server decides.
 */

export type Validity = ReturnType<typeof graphql.scalar<"Validity">>;

export const VALIDITIES: readonly Validity[] = ["VALID", "AMENDED", "REPEALED", "LAPSED"];

const CHANGERS: readonly Role[] = ["DEPT_HEAD", "LEADER", "MAINTAINER"];

export function validityLabel(validity: string | null | undefined): string {
  const labels: Record<string, string> = publishingStrings.validity.labels;
  return (validity && labels[validity]) || labels.VALID || "";
}

/** Whether the viewer may change the validity of this item now (published disclosure items). */
export function canChangeValidity(
  item: { kind: string; status: string },
  viewer: { roles: readonly string[] } | null,
): boolean {
  if (item.kind !== "DISCLOSURE" || !(item.status === "PUBLISHED" || item.status === "EXPIRED")) return false;
  return viewer?.roles.some((role) => (CHANGERS as readonly string[]).includes(role)) ?? false;
}

/** Whether a replacement goes with this validity (a valid document is replaced by nothing). */
export const takesReplacement = (validity: Validity) => validity !== "VALID";

/** Why the choice cannot be sent as it is, or null. Amended or repealed needs a replacement or a note. */
export function validityProblem(choice: {
  validity: Validity;
  replacedBy: string | null;
  note: string;
}): string | null {
  const needsReason = choice.validity === "AMENDED" || choice.validity === "REPEALED";
  if (needsReason && !choice.replacedBy && !choice.note.trim()) return publishingStrings.validity.needsReplacement;
  return null;
}
