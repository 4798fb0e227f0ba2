// The people who write the demo letters: made-up names from common family names and given-name
// characters, phone numbers in the 1xx-0000-xxxx example range (as the content seed's), e-mail
// addresses at example.com, and resident ID numbers of 450101 (南宁市辖区, a code no resident ID is
// issued under) with a valid check digit, so the disclosure form accepts them. None is a real person.
import type { Rng } from "../rng.js";

const FAMILY = [
  "张",
  "王",
  "李",
  "刘",
  "陈",
  "黄",
  "韦",
  "覃",
  "陆",
  "蒙",
  "梁",
  "莫",
  "农",
  "潘",
  "卢",
  "廖",
  "谭",
  "苏",
  "罗",
  "杨",
  "周",
  "吴",
  "邓",
  "蓝",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀",
  "霞",
  "平",
  "刚",
  "桂",
  "英",
  "华",
  "玲",
  "海",
  "波",
  "宁",
  "晓",
  "红",
  "建",
  "志",
  "燕",
  "鑫",
  "琳",
  "凯",
  "婷",
  "斌",
  "琴",
  "锋",
];
const PINYIN: Record<string, string> = {
  张: "zhang",
  王: "wang",
  李: "li",
  刘: "liu",
  陈: "chen",
  黄: "huang",
  韦: "wei",
  覃: "qin",
  陆: "lu",
  蒙: "meng",
  梁: "liang",
  莫: "mo",
  农: "nong",
  潘: "pan",
  卢: "lu",
  廖: "liao",
  谭: "tan",
  苏: "su",
  罗: "luo",
  杨: "yang",
  周: "zhou",
  吴: "wu",
  邓: "deng",
  蓝: "lan",
};
const PREFIXES = ["138", "139", "150", "151", "158", "186", "177", "135", "188"];

export interface Writer {
  name: string;
  phone: string;
  email: string | null;
}

/** A new writer each call: no name or phone number comes twice. */
export function writerFactory(r: Rng) {
  const names = new Set<string>();
  const phones = new Set<string>();
  return (withEmail: boolean): Writer => {
    let name = "";
    do {
      const given = Array.from({ length: r.chance(0.7) ? 2 : 1 }, () => r.pick(GIVEN)).join("");
      name = `${r.pick(FAMILY)}${given}`;
    } while (names.has(name));
    names.add(name);
    let phone = "";
    do phone = `${r.pick(PREFIXES)}0000${String(r.int(0, 9999)).padStart(4, "0")}`;
    while (phones.has(phone));
    phones.add(phone);
    const email = withEmail
      ? `${PINYIN[name[0] as string] ?? "nn"}${r.pick(["", ".", "_"])}${r.int(10, 9999)}@example.com`
      : null;
    return { name, phone, email };
  };
}

/** A resident ID of 450101 with a valid check character (GB 11643), born 1955–2002. */
export function exampleResidentId(r: Rng): string {
  const birth = `${r.int(1955, 2002)}${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`;
  const body = `450101${birth}${String(r.int(0, 999)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${"10X98765432"[sum % 11]}`;
}

/** A fictional organisation's 统一社会信用代码 (18 characters, the form's pattern). */
export function exampleOrganisationCode(r: Rng): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const tail = Array.from({ length: 10 }, () => chars[r.int(0, chars.length - 1)]).join("");
  return `91450100${tail}`;
}
