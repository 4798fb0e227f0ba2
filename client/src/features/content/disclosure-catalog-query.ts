import { graphql } from "../../lib/graphql";

/** The disclosure catalog tree (three levels), shared by the catalog page and its items pages. */
export const DisclosureCatalogQuery = graphql(`
  query DisclosureCatalogTree {
    disclosureCatalog {
      id
      code
      name
      itemCount
      children {
        id
        code
        name
        itemCount
        children {
          id
          code
          name
          itemCount
        }
      }
    }
  }
`);

/** Any level of the tree (the deepest level has no children field). */
export interface CatalogNode {
  code: string;
  name: string;
  itemCount: number;
  children?: readonly CatalogNode[];
}
