import { describe, expect, it } from "vitest";
import { PlanningText } from "./planning-text.js";
import { analyzeQuery, indexTokens, normalize, wordPinyin } from "./tokenize.js";

const SEED_TITLES = [
  "五象新区核心区控制性详细规划修编通过专家评审",
  "青秀区凤岭北片区九年一贯制学校建设工程设计方案批前公示",
  "“中国水城”建设：那考河、心圩江沿岸慢行系统规划方案出炉",
  "轨道交通 6 号线一期工程沿线用地规划控制研究启动",
  "江南区亭洪路（白沙大道—星光大道段）道路工程规划方案公示",
  "南宁市综合交通体系规划（修编）公开征求意见",
  "邕宁区首批村庄规划编制完成，乡村建设规划许可办理更便捷",
];

/** Whether a tsquery built by analyzeQuery matches these index tokens (AND, OR, :* prefix). */
function matches(tsquery: string | null, tokens: string[]): boolean {
  if (!tsquery) return false;
  const operand = (text: string) => {
    const m = /^'(.*)'(:\*)?$/.exec(text.trim());
    if (!m?.[1]) throw new Error(`unexpected operand ${text}`);
    const lexeme = m[1];
    return m[2] ? tokens.some((t) => t.startsWith(lexeme)) : tokens.includes(lexeme);
  };
  const all = (expr: string) => expr.split(" & ").every(operand);
  const alternatives = /^\((.*)\) \| (.*)$/.exec(tsquery);
  return alternatives ? all(alternatives[1] ?? "") || operand(alternatives[2] ?? "") : all(tsquery);
}

describe("indexTokens", () => {
  const tokens = indexTokens("五象新区核心区控制性详细规划修编通过专家评审");

  it("has jieba words, every character and every bigram", () => {
    expect(tokens).toEqual(expect.arrayContaining(["五象", "新区", "核心区", "控制性", "评审"]));
    expect(tokens).toEqual(expect.arrayContaining(["五", "象", "新", "区"]));
    expect(tokens).toEqual(expect.arrayContaining(["五象", "象新", "新区", "区核", "审" /* last char */]));
    // Sub-words of long words, as jieba's search mode finds them.
    expect(indexTokens("南宁市")).toEqual(expect.arrayContaining(["南宁市", "南宁", "nanning", "nanningshi"]));
  });

  it("has pinyin and initials of words and of short runs of words", () => {
    expect(tokens).toEqual(expect.arrayContaining(["wuxiang", "xinqu", "wuxiangxinqu", "wxxq", "wx", "xq"]));
    expect(tokens).toEqual(expect.arrayContaining(["kongzhixing", "kzx", "xiangxiguihua", "xxgh"]));
  });

  it("reads polyphonic characters in context and writes ü as v", () => {
    expect(indexTokens("银行")).toContain("yinhang");
    expect(indexTokens("绿地")).toContain("lvdi");
  });

  it("lower-cases Latin words, folds full-width forms and splits letters from digits", () => {
    const latin = indexTokens("ＧＩＳ平台 BIM 技术 GB50180-2018");
    expect(latin).toEqual(expect.arrayContaining(["gis", "bim", "gb50180", "gb", "50180", "2018"]));
    expect(latin).not.toContain("GIS");
  });

  it("keeps only letters and digits, each token once", () => {
    for (const title of SEED_TITLES) {
      const t = indexTokens(title);
      expect(new Set(t).size).toBe(t.length);
      for (const token of t) {
        expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
        expect(token).toBe(token.toLowerCase());
      }
    }
    expect(indexTokens("“”：、（）—！？<>&'\"\\ ")).toEqual([]);
  });

  it("never joins characters across punctuation or spaces", () => {
    const t = indexTokens("水城，公园 学校");
    expect(t).not.toContain("城公");
    expect(t).not.toContain("园学");
  });

  it("cuts a 98,000-character text quickly", () => {
    const text = new PlanningText(1).text(98_000);
    indexTokens("预热"); // loads the jieba dictionary (~250 ms, once per process)
    const started = performance.now();
    const t = indexTokens(text);
    const ms = performance.now() - started;
    expect(t.length).toBeGreaterThan(1000);
    // ~150 ms on the 2-core machine (scripts/bench-search.ts prints it); the bound only catches a
    // superlinear regression such as Intl.Segmenter's on unsplit text.
    expect(ms).toBeLessThan(2_000);
  });
});

describe("analyzeQuery", () => {
  it("turns Chinese into its bigrams, and one character into itself", () => {
    expect(analyzeQuery("五象").tsquery).toBe("'五象'");
    expect(analyzeQuery("五象新区").tsquery).toBe("'五象' & '象新' & '新区'");
    expect(analyzeQuery("水").tsquery).toBe("'水'");
  });

  it("matches Latin words of 3+ characters as prefixes, shorter ones and numbers exactly", () => {
    expect(analyzeQuery("WuXiang").tsquery).toBe("'wuxiang':*");
    expect(analyzeQuery("wx").tsquery).toBe("'wx'");
    expect(analyzeQuery("2026").tsquery).toBe("'2026'");
    expect(analyzeQuery("6号线").tsquery).toBe("'6' & '号线'");
  });

  it("requires every term, and also tries spaced pinyin joined", () => {
    expect(analyzeQuery("轨道交通 规划").tsquery).toBe("'轨道' & '道交' & '交通' & '规划'");
    expect(analyzeQuery("wu xiang").tsquery).toBe("('wu' & 'xiang':*) | 'wuxiang':*");
  });

  it("has nothing to search for in blanks and punctuation", () => {
    expect(analyzeQuery("   ").tsquery).toBeNull();
    expect(analyzeQuery("！？、").tsquery).toBeNull();
  });

  it("cannot be used to write tsquery syntax", () => {
    expect(analyzeQuery("a' | !b:* & (c)").tsquery).toBe("('a' & 'b' & 'c') | 'abc':*");
    expect(analyzeQuery("\\'':*").tsquery).toBeNull();
  });
});

describe("queries find what the index holds", () => {
  it("every part of a title, typed in Chinese", () => {
    for (const title of SEED_TITLES) {
      const tokens = indexTokens(title);
      const chars = Array.from(normalize(title));
      for (let start = 0; start < chars.length; start++) {
        for (let length = 1; length <= 6 && start + length <= chars.length; length++) {
          const part = chars.slice(start, start + length).join("");
          if (!/^\p{Script=Han}+$/u.test(part)) continue;
          expect(matches(analyzeQuery(part).tsquery, tokens), `${part} in ${title}`).toBe(true);
        }
      }
    }
  });

  it("pinyin, pinyin prefixes and initials of the words of a title", () => {
    const tokens = indexTokens("五象新区核心区控制性详细规划修编通过专家评审");
    for (const query of ["wuxiang", "wux", "wuxiangxin", "wuxiangxinqu", "xinqu", "wxxq", "wxx", "kzxxxgh", "guihua"]) {
      expect(matches(analyzeQuery(query).tsquery, tokens), query).toBe(true);
    }
    for (const query of ["wuxiangguihua", "qxxq", "nanning"]) {
      expect(matches(analyzeQuery(query).tsquery, tokens), query).toBe(false);
    }
  });

  it("Latin and Chinese mixed", () => {
    const tokens = indexTokens("轨道交通 6 号线一期工程 采用BIM技术");
    for (const query of ["6号线", "轨道交通 6", "bim技术", "BIM", "guidao 6"]) {
      expect(matches(analyzeQuery(query).tsquery, tokens), query).toBe(true);
    }
    expect(matches(analyzeQuery("7号线").tsquery, tokens)).toBe(false);
  });
});

describe("wordPinyin", () => {
  it("is null for characters without pinyin", () => {
    expect(wordPinyin("规划")).toEqual({ full: "guihua", initials: "gh" });
    expect(wordPinyin("㐀")).toBeNull();
  });
});
