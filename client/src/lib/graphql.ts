import { initGraphQLTada } from "gql.tada";
import type { introspection } from "../../../schema/graphql-env.d.ts";

/**
 * Typed GraphQL documents, inferred from `schema/schema.graphql` via the
 * generated introspection in `schema/graphql-env.d.ts`
 * (regenerate with `pnpm exec gql.tada generate output` from client/).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    // ISO 8601 strings on the wire; format them with lib/dates.ts.
    DateTime: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
