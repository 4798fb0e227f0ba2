import { graphql } from "../../lib/graphql";

/**
 * The column tree (three levels: the bureau's site has two). One document for the 资讯 page and
 * the column pages' breadcrumbs, so a column page reads its trail from the cache.
 */
export const ColumnTreeQuery = graphql(`
  query ColumnTree {
    columns {
      id
      slug
      name
      itemCount
      latestPublishedAt
      children {
        id
        slug
        name
        itemCount
        latestPublishedAt
        children {
          id
          slug
          name
          itemCount
          latestPublishedAt
        }
      }
    }
  }
`);

/** Any level of the tree (the deepest level has no children field). */
export interface ColumnTreeNode {
  slug: string;
  name: string;
  itemCount: number;
  latestPublishedAt?: string | null;
  children?: readonly ColumnTreeNode[];
}
