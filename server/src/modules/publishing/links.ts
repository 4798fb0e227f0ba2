// 网站链接审批: every external host linked from a body, or from an item's details (a guide's online
// application address, a project's documents…), must be on the approved list.
import { parseDocument } from "htmlparser2";

/** Hosts that are the portal itself and never need approval. */
export const OWN_HOSTS: readonly string[] = [];

/** An absolute http(s) URL to another site, with its host; null for this site's or no URL. */
export function externalLink(url: string): { url: string; host: string } | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return OWN_HOSTS.includes(host) ? null : { url, host };
  } catch {
    // Not a URL: there is nothing to approve (the sanitiser and the details schemas keep such out).
    return null;
  }
}

/** The external links (absolute http/https URLs) of a sanitised body, with their hosts. */
export function externalLinks(html: string): Array<{ url: string; host: string }> {
  const found = new Map<string, { url: string; host: string }>();
  const visit = (node: ReturnType<typeof parseDocument>["children"][number]) => {
    if ("attribs" in node) {
      for (const attr of ["href", "src"]) {
        const value = node.attribs[attr];
        const link = value ? externalLink(value) : null;
        if (link && !found.has(link.url)) found.set(link.url, link);
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  for (const node of parseDocument(html).children) visit(node);
  return [...found.values()];
}
