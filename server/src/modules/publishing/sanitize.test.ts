import { describe, expect, it } from "vitest";
import { externalLinks } from "./links.js";
import { sanitizeBody } from "./sanitize.js";

describe("sanitizeBody", () => {
  it.each([
    ["<p>hi</p><script>alert(1)</script>", "<p>hi</p>"],
    ['<img src="x.png" onerror="alert(1)">', '<img alt="" src="x.png" loading="lazy" />'],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    ['<svg onload="alert(1)"><circle/></svg><p>ok</p>', "<p>ok</p>"],
    ['<p style="background:url(javascript:alert(1))">t</p>', "<p>t</p>"],
    ["<style>body{display:none}</style><p>t</p>", "<p>t</p>"],
    ['<iframe src="https://evil.example/x"></iframe>', ""],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ""],
    ['<form action="/x"><input name="a"></form>', ""],
  ])("removes what could run: %s", (input, expected) => {
    expect(sanitizeBody(input)).toBe(expected);
  });

  it("keeps raster data images, tables and safe links (opened safely)", () => {
    expect(sanitizeBody('<img src="data:image/png;base64,iVBORw0KGgo=" alt="图">')).toContain(
      'src="data:image/png;base64,',
    );
    expect(sanitizeBody('<table><tr><td colspan="2">用地</td></tr></table>')).toContain('<td colspan="2">用地</td>');
    expect(sanitizeBody('<a href="https://www.gov.cn/">国务院</a>')).toBe(
      '<a href="https://www.gov.cn/" target="_blank" rel="noopener noreferrer">国务院</a>',
    );
  });

  it("cleans what Word pastes", () => {
    const word =
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class="MsoNormal" style="mso-spacerun:yes">规划<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
    expect(sanitizeBody(word)).toBe("<p>规划</p>");
  });
});

describe("externalLinks", () => {
  it("finds absolute links and image sources with their hosts", () => {
    const html =
      '<p><a href="https://WWW.Gov.cn/a">a</a><a href="/local">b</a><img src="http://img.example.com/x.png"></p>';
    expect(externalLinks(html)).toEqual([
      { url: "https://WWW.Gov.cn/a", host: "www.gov.cn" },
      { url: "http://img.example.com/x.png", host: "img.example.com" },
    ]);
  });
});
