// The public search field: published content found by Chinese words, partial words, pinyin or
// initials, with highlighted titles and snippets.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.js";
import type { ContentItem, Prisma } from "../../../generated/prisma/client.js";
import { ContentItemRef, ContentKindEnum } from "../content.schema.js";
import { type SearchHit, type SearchPage, searchContent } from "./search.service.js";

type SearchEdgeShape = SearchHit<ContentItem>;

const SearchEdge = builder.objectRef<SearchEdgeShape>("SearchEdge").implement({
  description: "One search result.",
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: ContentItemRef, resolve: (edge) => edge.item }),
    highlightedTitle: t.exposeString("highlightedTitle", {
      description: "The title as HTML: text escaped, matches wrapped in <mark>. Safe to render as HTML.",
    }),
    snippet: t.exposeString("snippet", {
      description:
        "About 80 characters of the body around the first match (or the summary, when only it matched), as HTML: text escaped, matches wrapped in <mark>, … where cut. Safe to render as HTML.",
    }),
  }),
});

const SearchConnection = builder.objectRef<SearchPage<ContentItem>>("SearchConnection").implement({
  description: "Search results, most relevant first.",
  fields: (t) => ({
    edges: t.field({ type: [SearchEdge], resolve: (page) => page.hits }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.hits[0]?.cursor ?? null,
        endCursor: page.hits.at(-1)?.cursor ?? null,
      }),
    }),
    totalCount: t.exposeInt("totalCount", { description: "How many published items match." }),
  }),
});

const nodeRelations = (query: { include?: unknown; select?: unknown }) =>
  (query.include ?? query.select) as Prisma.ContentItemInclude | undefined;

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnection,
    description:
      "Full-text search of published content (信息检索). Finds Chinese words and parts of words, pinyin (wuxiang) and initials (wxxq). Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    args: {
      query: t.arg.string({ required: true, description: "What the citizen typed; at most 100 characters." }),
      first: t.arg.int({ description: "Page size, 20 by default, at most 50." }),
      after: t.arg.string({ description: "endCursor of the previous page." }),
      column: t.arg.string({ description: "Column slug: only this column and the columns below it." }),
      kind: t.arg({ type: ContentKindEnum }),
      from: t.arg({ type: "DateTime", description: "Published at or after this instant." }),
      to: t.arg({ type: "DateTime", description: "Published at or before this instant." }),
    },
    resolve: (_root, args, ctx, info) =>
      searchContent<ContentItem>(
        ctx.prisma,
        {
          query: args.query,
          first: args.first,
          after: args.after,
          columnSlug: args.column,
          kind: args.kind,
          from: args.from,
          to: args.to,
        },
        // The node's relations (e.g. column) load with the page, not one query per edge.
        { relations: nodeRelations(queryFromInfo({ context: ctx, info, path: ["edges", "node"] })) },
      ),
  }),
}));
