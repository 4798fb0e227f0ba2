// Rich-text bodies are sanitised on the server with an allow-list (sanitize-html), whatever the
// editor sent: no scripts, no event handlers, no javascript:/data: URLs except inline images,
// iframes only from approved hosts, and Word's paste debris removed.
import sanitizeHtml from "sanitize-html";

/** Hosts whose <iframe> embeds are allowed (e.g. the bureau's own video platform). Empty by default. */
export const IFRAME_HOSTS: readonly string[] = [];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "pre",
    "code",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "mark",
    "span",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "colgroup",
    "col",
    "iframe",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    iframe: ["src", "title", "width", "height", "allowfullscreen"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    col: ["span"],
    "*": ["lang", "dir"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https", "data"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...IFRAME_HOSTS],
  // Everything else (script, style, svg, math, object, form, Word's o:p …) goes, with its text
  // kept except for these, whose content is never text a citizen should see.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "xml"],
  transformTags: {
    // External links open safely; internal ones stay as they are.
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, target: "_blank", rel: "noopener noreferrer" } : attribs,
      };
    },
    // An image without alt text is announced by its file name; alt="" at least marks it decorative.
    // (The editor asks for alt text; this catches bodies from elsewhere.)
    img: (tagName, attribs) => ({ tagName, attribs: { alt: "", ...attribs, loading: "lazy" } }),
  },
  exclusiveFilter: (frame) =>
    // data: is allowed only for raster images, never for SVG (which can carry script).
    (frame.tag === "img" && /^data:(?!image\/(png|jpe?g|gif|webp);)/i.test(frame.attribs.src ?? "")) ||
    // An iframe whose source was not on the allow-list has lost its src: drop the shell.
    (frame.tag === "iframe" && !frame.attribs.src) ||
    // Empty paragraphs Word leaves behind.
    (frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren.length),
};

export function sanitizeBody(html: string): string {
  const withoutWordDebris = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "").replace(/<\/?o:p[^>]*>/gi, "");
  return sanitizeHtml(withoutWordDebris, OPTIONS).trim();
}

/** Plain text of a body, for summaries, snippets and hashing of text content. */
export function bodyText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
