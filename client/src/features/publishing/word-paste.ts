/**
 * Cleans HTML pasted from Word (and WPS, which writes the same dialect) before the editor
 * parses it: conditional comments, Office namespaces (<o:p>, <v:…>, <w:…>), mso classes and
 * styles go; headings, paragraphs, emphasis, links, tables and lists stay, and Word's fake
 * lists (paragraphs with `mso-list` and a typed bullet) become real <ul>/<ol>. Images that point
 * at the author's disk (file:///…) or are inlined cannot be published, so they are dropped and
 * counted for the editor to say so. The server sanitises every body again; this is for a clean
 * editing experience, not for safety.
 */

export interface CleanedPaste {
  html: string;
  /** Images removed because they cannot be uploaded from a paste. */
  droppedImages: number;
}

const LIST_MARKER_ATTR = "data-word-list-marker";

/** Looks like Office HTML (Word, WPS, Excel). */
export function isOfficeHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class="?Mso|mso-[a-z-]+:/i.test(html);
}

/** The string-level pass: what a DOM parser would mangle or keep as comments. */
function stripOfficeMarkup(html: string): string {
  return (
    html
      // The typed bullet or number of a Word list item, kept as a marker for the DOM pass.
      .replace(
        /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi,
        (_match, inner: string) => {
          const text = inner
            .replace(/<[^>]*>/g, "")
            .replace(/&nbsp;|\u00a0/g, " ")
            .trim();
          return `<span ${LIST_MARKER_ATTR}="${text.replace(/[&"<>]/g, "")}"></span>`;
        },
      )
      // Revealed conditionals (<!--[if !vml]-->…<!--[endif]-->): keep the content, drop the markers.
      .replace(/<!--\[if !?[^\]]*\]-->|<!--\[endif\]-->|<!\[if !?[^\]]*\]>|<!\[endif\]>/gi, "")
      // Hidden conditionals (<!--[if gte mso 9]>…<![endif]-->): VML, settings, field codes.
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      // Office namespaces: <o:p>&nbsp;</o:p> is an empty paragraph filler; others wrap real text.
      .replace(/<o:p>[\s\S]*?<\/o:p>/gi, "")
      .replace(/<\/?[a-z0-9]+:[a-z0-9]+[^>]*>/gi, "")
  );
}

const KEEP_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ["href", "title"],
  IMG: ["src", "alt", "title", "width", "height"],
  TD: ["colspan", "rowspan"],
  TH: ["colspan", "rowspan"],
};

const DROP_WITH_CONTENT = new Set(["STYLE", "SCRIPT", "META", "LINK", "TITLE", "XML", "HEAD", "OBJECT", "EMBED"]);
const UNWRAP = new Set(["SPAN", "FONT", "DIV", "SECTION", "ARTICLE", "CENTER", "DEL", "INS", "BIG", "SMALL"]);

function isPublishableImageSource(src: string | null): boolean {
  return !!src && /^(https?:\/\/|\/(?!\/))/i.test(src.trim());
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function renameElement(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

function isBlank(element: Element): boolean {
  return !(element.textContent ?? "").replace(/[\s\u00a0\u3000]/g, "") && !element.querySelector("img, br, table, hr");
}

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

const ORDERED_MARKER = /^[(（]?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百]+)[.)）、．]?$/;

function wordListItem(paragraph: Element): WordListItem | null {
  const marker = paragraph.querySelector(`[${LIST_MARKER_ATTR}]`);
  const style = paragraph.getAttribute("style") ?? "";
  const levelMatch = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!marker && !levelMatch) return null;
  const markerText = marker?.getAttribute(LIST_MARKER_ATTR) ?? "";
  marker?.remove();
  return {
    paragraph,
    level: Math.max(1, Number(levelMatch?.[1] ?? 1)),
    ordered: ORDERED_MARKER.test(markerText),
  };
}

/** Turns runs of Word list paragraphs into nested <ul>/<ol>. */
function rebuildWordLists(root: Element): void {
  const paragraphs = Array.from(root.querySelectorAll("p"));
  const items = new Map<Element, WordListItem>();
  for (const paragraph of paragraphs) {
    const item = wordListItem(paragraph);
    if (item) items.set(paragraph, item);
  }
  const visited = new Set<Element>();
  for (const paragraph of paragraphs) {
    const first = items.get(paragraph);
    if (!first || visited.has(paragraph)) continue;
    // The run: this paragraph and the list paragraphs directly after it.
    const run: WordListItem[] = [];
    let node: Element | null = paragraph;
    while (node && items.has(node)) {
      const item = items.get(node);
      if (item) run.push(item);
      visited.add(node);
      node = node.nextElementSibling;
    }
    const document = paragraph.ownerDocument;
    const stack: Array<{ list: Element; level: number; lastItem: Element | null }> = [];
    const top = document.createElement(first.ordered ? "ol" : "ul");
    paragraph.before(top);
    stack.push({ list: top, level: first.level, lastItem: null });
    for (const item of run) {
      let current = stack[stack.length - 1];
      while (current && item.level < current.level && stack.length > 1) {
        stack.pop();
        current = stack[stack.length - 1];
      }
      if (current && item.level > current.level && current.lastItem) {
        const nested = document.createElement(item.ordered ? "ol" : "ul");
        current.lastItem.append(nested);
        current = { list: nested, level: item.level, lastItem: null };
        stack.push(current);
      }
      if (!current) break;
      const li = document.createElement("li");
      const p = document.createElement("p");
      p.append(...Array.from(item.paragraph.childNodes));
      li.append(p);
      current.list.append(li);
      current.lastItem = li;
      item.paragraph.remove();
    }
  }
}

function cleanElement(element: Element, counter: { droppedImages: number }): void {
  for (const child of Array.from(element.children)) cleanElement(child, counter);
  const tag = element.tagName.toUpperCase();
  if (DROP_WITH_CONTENT.has(tag)) {
    element.remove();
    return;
  }
  if (tag === "IMG") {
    if (!isPublishableImageSource(element.getAttribute("src"))) {
      counter.droppedImages += 1;
      element.remove();
      return;
    }
  }
  // Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
  if (tag === "B" && /^docs-internal-guid/.test(element.getAttribute("id") ?? "")) {
    unwrap(element);
    return;
  }
  // Bookmarks (<a name="_Toc…">) and links to the author's disk carry nothing for citizens.
  if (tag === "A" && !/^(https?:|mailto:|tel:|\/|#)/i.test(element.getAttribute("href") ?? "")) {
    unwrap(element);
    return;
  }
  if (UNWRAP.has(tag)) {
    unwrap(element);
    return;
  }
  const keep = KEEP_ATTRIBUTES[tag] ?? [];
  const wordClass = element.getAttribute("class") ?? "";
  for (const attribute of Array.from(element.attributes)) {
    if (!keep.includes(attribute.name.toLowerCase())) element.removeAttribute(attribute.name);
  }
  // The editor offers H2 and H3 only: the page title is the H1.
  if (tag === "H1" || (tag === "P" && /MsoTitle\b/.test(wordClass))) renameElement(element, "h2");
  else if (tag === "H4" || tag === "H5" || tag === "H6" || (tag === "P" && /MsoSubtitle\b/.test(wordClass))) {
    renameElement(element, "h3");
  }
}

function removeBlankBlocks(root: Element): void {
  for (const block of Array.from(root.querySelectorAll("p, h2, h3, li"))) {
    if (block.closest("td, th")) continue;
    if (isBlank(block)) block.remove();
  }
}

/** Cleans pasted HTML; `parse` is injectable for tests (defaults to the browser's DOMParser). */
export function cleanPastedHtml(
  html: string,
  parse: (html: string) => Document = (text) => new DOMParser().parseFromString(text, "text/html"),
): CleanedPaste {
  const office = isOfficeHtml(html);
  const document = parse(office ? stripOfficeMarkup(html) : html.replace(/<!--[\s\S]*?-->/g, ""));
  const body = document.body;
  if (office) rebuildWordLists(body);
  const counter = { droppedImages: 0 };
  for (const child of Array.from(body.children)) cleanElement(child, counter);
  removeBlankBlocks(body);
  return { html: body.innerHTML.trim(), droppedImages: counter.droppedImages };
}
