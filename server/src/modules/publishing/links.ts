// 网站链接审批: every external host linked from a body must be on the approved list.
import { parseDocument } from "htmlparser2";

/** Hosts that are the portal itself and never need approval. */
export const OWN_HOSTS: readonly string[] = [];

/** The external links (absolute http/https URLs) of a sanitised body, with their hosts. */
export function externalLinks(html: string): Array<{ url: string; host: string }> {
  const found = new Map<string, { url: string; host: string }>();
  const visit = (node: ReturnType<typeof parseDocument>["children"][number]) => {
    if ("attribs" in node) {
      for (const attr of ["href", "src"]) {
        const value = node.attribs[attr];
        if (!value || !/^https?:\/\//i.test(value)) continue;
        try {
          const host = new URL(value).hostname.toLowerCase();
          if (!OWN_HOSTS.includes(host) && !found.has(value)) found.set(value, { url: value, host });
        } catch {
          // Not a URL: the sanitiser keeps only valid schemes, so there is nothing to approve.
        }
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  for (const node of parseDocument(html).children) visit(node);
  return [...found.values()];
}
