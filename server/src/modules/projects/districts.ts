// The districts and counties of Nanning (南宁市), with their administrative division codes. The
// portal is the bureau's: a project outside the city is not its to list.

export interface District {
  /** 行政区划代码 */
  code: string;
  name: string;
}

export const DISTRICTS: readonly District[] = [
  { code: "450102", name: "兴宁区" },
  { code: "450103", name: "青秀区" },
  { code: "450105", name: "江南区" },
  { code: "450107", name: "西乡塘区" },
  { code: "450108", name: "良庆区" },
  { code: "450109", name: "邕宁区" },
  { code: "450110", name: "武鸣区" },
  { code: "450123", name: "隆安县" },
  { code: "450124", name: "马山县" },
  { code: "450125", name: "上林县" },
  { code: "450126", name: "宾阳县" },
  { code: "450181", name: "横州市" },
];

export const DISTRICT_NAMES: readonly string[] = DISTRICTS.map((d) => d.name);

export const isDistrict = (name: string) => DISTRICT_NAMES.includes(name);

export const unknownDistrictMessage = (name: string) =>
  `没有名为“${name}”的城区或县（市），可选：${DISTRICT_NAMES.join("、")}`;
