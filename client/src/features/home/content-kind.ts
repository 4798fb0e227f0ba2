import type { graphql } from "../../lib/graphql";
import { homeStrings } from "./strings";

/** The schema's ContentKind enum; a new kind fails typecheck until it has a label. */
export type ContentKind = ReturnType<typeof graphql.scalar<"ContentKind">>;

const KIND_LABELS: Record<ContentKind, string> = homeStrings.kinds;

/** Chinese label of a content kind; the raw code for a kind this build does not know yet. */
export function contentKindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
