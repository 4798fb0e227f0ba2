import { describe, expect, it } from "vitest";
import { escapeHtml, findMatches, highlight, htmlToText, snippet } from "./highlight.js";
import { analyzeQuery } from "./tokenize.js";

const terms = (query: string) => analyzeQuery(query).terms;
const marked = (text: string, query: string) => highlight(text, terms(query));

describe("htmlToText", () => {
  it("drops tags, joining inline markup and separating blocks", () => {
    expect(htmlToText("<p>五象<b>新区</b>规划</p><p>第二段</p>")).toBe("五象新区规划 第二段");
    expect(htmlToText('<a href="/x" title="a>b">链接</a><br/>下一行')).toBe("链接 下一行");
  });

  it("drops scripts, styles and comments with their content", () => {
    expect(htmlToText("<p>正文</p><script>alert(1)</script><style>p{}</style><!-- 注释 -->结束")).toBe("正文 结束");
  });

  it("decodes entities, leaving text that is not markup as text", () => {
    expect(htmlToText("&lt;script&gt; &amp; &quot;引号&quot; &#20116;&#x8C61; &nbsp;a &unknown; 1 < 2")).toBe(
      '<script> & "引号" 五象 a &unknown; 1 < 2',
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("findMatches and highlight", () => {
  it("marks whole Chinese terms, or their bigrams when the whole term is absent", () => {
    expect(marked("五象新区核心区", "五象新区")).toBe("<mark>五象新区</mark>核心区");
    expect(marked("五象新区核心区", "象新")).toBe("五<mark>象新</mark>区核心区");
    expect(marked("五象的新区", "五象新区")).toBe("<mark>五象</mark>的<mark>新区</mark>");
  });

  it("marks Latin words and numbers only where a word starts", () => {
    expect(marked("轨道交通 6 号线，2026 年", "6号线")).toBe("轨道交通 <mark>6</mark> <mark>号线</mark>，2026 年");
    expect(marked("ＧＩＳ平台与gis数据", "gis")).toBe("<mark>ＧＩＳ</mark>平台与<mark>gis</mark>数据");
    expect(marked("采用BIMs技术", "bim")).toBe("采用<mark>BIM</mark>s技术");
    expect(marked("采用BIMs技术", "bi")).toBe("采用BIMs技术");
  });

  it("marks the Chinese that a pinyin, a pinyin prefix or initials stand for", () => {
    expect(marked("五象新区核心区", "wuxiang")).toBe("<mark>五象</mark>新区核心区");
    expect(marked("五象新区核心区", "wuxia")).toBe("<mark>五象</mark>新区核心区");
    expect(marked("五象新区核心区", "wxxq")).toBe("<mark>五象新区</mark>核心区");
    expect(marked("银行行长", "yinhang")).toBe("<mark>银行</mark>行长");
    // Two letters match whole syllables only, as the index matches them exactly.
    expect(marked("西乡塘区新区", "xi")).toBe("<mark>西</mark>乡塘区新区");
  });

  it("maps matches in full-width text back to the original characters", () => {
    expect(findMatches("Ａ１：ｂｉｍ", terms("bim"))).toEqual([[3, 6]]);
  });

  it("maps matches back across characters whose normal form is longer (… → ...)", () => {
    expect(findMatches("前言……½五象", terms("五象"))).toEqual([[5, 7]]);
    expect(marked("规划……ＢＩＭ技术", "bim技术")).toBe("规划……<mark>ＢＩＭ技术</mark>");
  });

  it("escapes everything outside the marks", () => {
    expect(marked("<b>规划</b> & 公示", "规划")).toBe("&lt;b&gt;<mark>规划</mark>&lt;/b&gt; &amp; 公示");
  });
});

describe("snippet", () => {
  const long = `${"前文".repeat(60)}五象新区${"后文".repeat(60)}`;

  it("shows ~80 characters around the first match, with … where cut", () => {
    const s = snippet(long, terms("五象新区"), 80);
    expect(s.matched).toBe(true);
    expect(s.html.startsWith("…")).toBe(true);
    expect(s.html.endsWith("…")).toBe(true);
    const text = s.html.replace(/<\/?mark>/g, "").replace(/…/g, "");
    expect(text.length).toBe(80);
    expect(s.html).toContain("前文前文<mark>五象新区</mark>后文");
  });

  it("shows the start of the text when nothing matches", () => {
    const s = snippet(long, terms("水城"), 80);
    expect(s.matched).toBe(false);
    expect(s.html).toBe(`${"前文".repeat(40)}…`);
  });

  it("is render-safe", () => {
    const s = snippet('说明 <script>alert("x")</script> 五象新区', terms("五象"), 80);
    expect(s.html).toBe("说明 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>五象</mark>新区");
  });

  it("never cuts a character outside the basic plane in half", () => {
    const s = snippet(`${"𠀀".repeat(50)}五象${"𠀀".repeat(50)}`, terms("五象"), 21);
    expect(s.html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
