// 用地用海分类: the classes of 《国土空间调查、规划、用途管制用地用海分类指南》(自然资源部, 2023)
// that planning permits name. Levels 1–3 of the construction land groups (06–16) and level 1 of
// the others: a project is filed under the most specific code its permit gives.

export interface LandUseClass {
  code: string;
  name: string;
}

export const LAND_USE_CLASSES: readonly LandUseClass[] = [
  { code: "01", name: "耕地" },
  { code: "02", name: "园地" },
  { code: "03", name: "林地" },
  { code: "04", name: "草地" },
  { code: "05", name: "湿地" },
  { code: "06", name: "农业设施建设用地" },
  { code: "0601", name: "乡村道路用地" },
  { code: "0602", name: "种植设施建设用地" },
  { code: "0603", name: "畜禽养殖设施建设用地" },
  { code: "0604", name: "水产养殖设施建设用地" },
  { code: "07", name: "居住用地" },
  { code: "0701", name: "城镇住宅用地" },
  { code: "070101", name: "一类城镇住宅用地" },
  { code: "070102", name: "二类城镇住宅用地" },
  { code: "070103", name: "三类城镇住宅用地" },
  { code: "0702", name: "城镇社区服务设施用地" },
  { code: "0703", name: "农村宅基地" },
  { code: "070301", name: "一类农村宅基地" },
  { code: "070302", name: "二类农村宅基地" },
  { code: "0704", name: "农村社区服务设施用地" },
  { code: "08", name: "公共管理与公共服务用地" },
  { code: "0801", name: "机关团体用地" },
  { code: "0802", name: "科研用地" },
  { code: "0803", name: "文化用地" },
  { code: "080301", name: "图书与展览用地" },
  { code: "080302", name: "文化活动用地" },
  { code: "0804", name: "教育用地" },
  { code: "080401", name: "高等教育用地" },
  { code: "080402", name: "中等职业教育用地" },
  { code: "080403", name: "中小学用地" },
  { code: "080404", name: "幼儿园用地" },
  { code: "080405", name: "其他教育用地" },
  { code: "0805", name: "体育用地" },
  { code: "080501", name: "体育场馆用地" },
  { code: "080502", name: "体育训练用地" },
  { code: "0806", name: "医疗卫生用地" },
  { code: "080601", name: "医院用地" },
  { code: "080602", name: "基层医疗卫生设施用地" },
  { code: "080603", name: "公共卫生用地" },
  { code: "0807", name: "社会福利用地" },
  { code: "080701", name: "老年人社会福利用地" },
  { code: "080702", name: "儿童社会福利用地" },
  { code: "080703", name: "残疾人社会福利用地" },
  { code: "080704", name: "其他社会福利用地" },
  { code: "09", name: "商业服务业用地" },
  { code: "0901", name: "商业用地" },
  { code: "090101", name: "零售商业用地" },
  { code: "090102", name: "批发市场用地" },
  { code: "090103", name: "餐饮用地" },
  { code: "090104", name: "旅馆用地" },
  { code: "090105", name: "公用设施营业网点用地" },
  { code: "0902", name: "商务金融用地" },
  { code: "0903", name: "娱乐用地" },
  { code: "0904", name: "其他商业服务业用地" },
  { code: "10", name: "工矿用地" },
  { code: "1001", name: "工业用地" },
  { code: "100101", name: "一类工业用地" },
  { code: "100102", name: "二类工业用地" },
  { code: "100103", name: "三类工业用地" },
  { code: "1002", name: "采矿用地" },
  { code: "1003", name: "盐田" },
  { code: "11", name: "仓储用地" },
  { code: "1101", name: "物流仓储用地" },
  { code: "110101", name: "一类物流仓储用地" },
  { code: "110102", name: "二类物流仓储用地" },
  { code: "110103", name: "三类物流仓储用地" },
  { code: "1102", name: "储备库用地" },
  { code: "12", name: "交通运输用地" },
  { code: "1201", name: "铁路用地" },
  { code: "1202", name: "公路用地" },
  { code: "1203", name: "机场用地" },
  { code: "1204", name: "港口码头用地" },
  { code: "1205", name: "管道运输用地" },
  { code: "1206", name: "城市轨道交通用地" },
  { code: "1207", name: "城镇村道路用地" },
  { code: "1208", name: "交通场站用地" },
  { code: "120801", name: "对外交通场站用地" },
  { code: "120802", name: "公共交通场站用地" },
  { code: "120803", name: "社会停车场用地" },
  { code: "1209", name: "其他交通设施用地" },
  { code: "13", name: "公用设施用地" },
  { code: "1301", name: "供水用地" },
  { code: "1302", name: "排水用地" },
  { code: "1303", name: "供电用地" },
  { code: "1304", name: "供燃气用地" },
  { code: "1305", name: "供热用地" },
  { code: "1306", name: "通信用地" },
  { code: "1307", name: "邮政用地" },
  { code: "1308", name: "广播电视设施用地" },
  { code: "1309", name: "环卫用地" },
  { code: "1310", name: "消防用地" },
  { code: "1311", name: "干渠" },
  { code: "1312", name: "水工设施用地" },
  { code: "1313", name: "其他公用设施用地" },
  { code: "14", name: "绿地与开敞空间用地" },
  { code: "1401", name: "公园绿地" },
  { code: "1402", name: "防护绿地" },
  { code: "1403", name: "广场用地" },
  { code: "15", name: "特殊用地" },
  { code: "1501", name: "军事设施用地" },
  { code: "1502", name: "使领馆用地" },
  { code: "1503", name: "宗教用地" },
  { code: "1504", name: "文物古迹用地" },
  { code: "1505", name: "监教场所用地" },
  { code: "1506", name: "殡葬用地" },
  { code: "1507", name: "其他特殊用地" },
  { code: "16", name: "留白用地" },
  { code: "17", name: "陆地水域" },
  { code: "18", name: "渔业用海" },
  { code: "19", name: "工矿通信用海" },
  { code: "20", name: "交通运输用海" },
  { code: "21", name: "游憩用海" },
  { code: "22", name: "特殊用海" },
  { code: "23", name: "其他土地" },
  { code: "24", name: "其他海域" },
];

const byCode = new Map(LAND_USE_CLASSES.map((c) => [c.code, c]));
const byName = new Map(LAND_USE_CLASSES.map((c) => [c.name, c]));

export function landUseClass(code: string): LandUseClass | undefined {
  return byCode.get(code);
}

/** A class given by code (0701) or by name (城镇住宅用地), as staff type it in an import. */
export function landUseClassOf(codeOrName: string): LandUseClass | undefined {
  const v = codeOrName.trim();
  return byCode.get(v) ?? byName.get(v);
}

/**
 * The class a filter or a facet groups by: the second level (0701 城镇住宅用地) for finer codes,
 * the code itself otherwise. Level-2 groups are what citizens recognise; level 3 splits hairs.
 */
export function facetClassOf(code: string): LandUseClass | undefined {
  return byCode.get(code.length > 4 ? code.slice(0, 4) : code);
}
