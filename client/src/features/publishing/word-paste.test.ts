// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cleanPastedHtml, isOfficeHtml } from "./word-paste";

/** What Word for Windows puts on the clipboard (trimmed), with a heading, emphasis, a list and a table. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span lang=EN-US>五象新区总部基地规划调整公告</span><o:p></o:p></h1>
<p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span style='font-family:宋体;mso-ascii-font-family:Calibri'>根据<b>《城乡规划法》</b>，现将<i>有关事项</i>公告如下<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span lang=EN-US style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->调整用地性质<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='font-family:Wingdings'><span style='mso-list:Ignore'>§<span>&nbsp; </span></span></span><!--[endif]-->商务办公用地<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><!--[endif]-->调整容积率<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'><td width=100 valign=top style='width:75pt;border:solid windowtext 1.0pt'><p class=MsoNormal>地块<o:p></o:p></p></td>
<td colspan=2 style='mso-border-alt:solid'><p class=MsoNormal>面积（公顷）<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="图片_x0020_1" style='width:200pt'><v:imagedata src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=267 height=200 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="图片_x0020_1"><![endif]><o:p></o:p></p>
<p class=MsoNormal><a name="_Toc1"></a>详见<a href="https://www.nanning.gov.cn/">市政府网站</a><o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

describe("cleanPastedHtml (Word)", () => {
  const { html, droppedImages } = cleanPastedHtml(WORD_HTML);

  it("recognises Office HTML", () => {
    expect(isOfficeHtml(WORD_HTML)).toBe(true);
    expect(isOfficeHtml("<p>plain</p>")).toBe(false);
  });

  it("strips mso classes and styles, <o:p>, namespaces and conditional comments", () => {
    expect(html).not.toMatch(/mso|Mso|class=|style=|<o:|<v:|<w:|<!--|\[if|\[endif|xml|Generator|lang=/);
  });

  it("keeps headings (H1 becomes H2), paragraphs and emphasis", () => {
    expect(html).toContain("<h2>五象新区总部基地规划调整公告</h2>");
    expect(html).toContain("<p>根据<b>《城乡规划法》</b>，现将<i>有关事项</i>公告如下</p>");
  });

  it("turns Word's typed lists into real nested lists without the typed bullets", () => {
    expect(html).toContain(
      "<ol><li><p>调整用地性质</p><ul><li><p>商务办公用地</p></li></ul></li><li><p>调整容积率</p></li></ol>",
    );
    expect(html).not.toContain("1.");
    expect(html).not.toContain("§");
  });

  it("keeps tables with their spans but without widths", () => {
    expect(html).toMatch(
      /<table>\s*<tbody><tr><td><p>地块<\/p><\/td>\s*<td colspan="2"><p>面积（公顷）<\/p><\/td><\/tr>/,
    );
  });

  it("drops images from the author's disk and counts them", () => {
    expect(html).not.toContain("file:");
    expect(droppedImages).toBe(1);
  });

  it("keeps real links, unwraps bookmarks and removes empty paragraphs", () => {
    expect(html).toContain('<p>详见<a href="https://www.nanning.gov.cn/">市政府网站</a></p>');
    expect(html).not.toContain("_Toc");
    expect(html).not.toMatch(/<p>(\s|&nbsp;)*<\/p>/);
  });
});

describe("cleanPastedHtml (other sources)", () => {
  it("unwraps Google Docs' bold wrapper and drops inline styles", () => {
    const pasted =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">正文</span></p></b>';
    expect(cleanPastedHtml(pasted).html).toBe("<p>正文</p>");
  });

  it("keeps web images that can be published, and drops inline data images", () => {
    const pasted =
      '<p><img src="/media/a.webp" alt="示意图" width="800" height="600" class="x"><img src="data:image/png;base64,AAAA"></p>';
    const result = cleanPastedHtml(pasted);
    expect(result.html).toBe('<p><img src="/media/a.webp" alt="示意图" width="800" height="600"></p>');
    expect(result.droppedImages).toBe(1);
  });

  it("leaves clean HTML alone", () => {
    const clean =
      '<h2>标题</h2><ul><li><p>一</p></li></ul><p><strong>粗</strong> <a href="https://example.org/">链接</a></p>';
    expect(cleanPastedHtml(clean).html).toBe(clean);
  });
});
