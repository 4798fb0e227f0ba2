// Place names and planning vocabulary of Nanning for the generated demo content. Districts, rivers,
// parks, roads and rail lines are the city's; companies, villages and housing estates are fictional.

export interface District {
  name: string;
  /** 片区 used in plan and project names. */
  areas: readonly string[];
  towns: readonly string[];
  /** 社区 (without the suffix). */
  communities: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  {
    name: "青秀区",
    areas: ["凤岭北", "仙葫", "埌东", "东盟商务区", "青秀山北麓", "长塘"],
    towns: ["长塘镇", "伶俐镇", "南阳镇"],
    communities: ["七星", "凤岭", "古城", "埌东", "仙葫"],
  },
  {
    name: "兴宁区",
    areas: ["三塘", "五塘", "昆仑大道沿线", "民生路", "邕武路北段"],
    towns: ["三塘镇", "五塘镇", "昆仑镇"],
    communities: ["民生", "朝阳", "望州", "衡阳"],
  },
  {
    name: "江南区",
    areas: ["沙井", "白沙", "亭洪", "吴圩", "江西"],
    towns: ["吴圩镇", "苏圩镇", "延安镇", "江西镇"],
    communities: ["福建园", "那洪", "沙井", "江南"],
  },
  {
    name: "西乡塘区",
    areas: ["相思湖", "安吉", "北湖", "心圩", "石埠"],
    towns: ["金陵镇", "双定镇", "坛洛镇"],
    communities: ["北湖", "安吉", "秀灵", "西乡塘"],
  },
  {
    name: "良庆区",
    areas: ["五象湖", "玉洞", "大塘", "那马", "蟠龙"],
    towns: ["大塘镇", "南晓镇", "那陈镇"],
    communities: ["玉洞", "五象", "良庆", "蟠龙"],
  },
  {
    name: "邕宁区",
    areas: ["蒲庙", "龙岗", "那楼", "百济", "中和"],
    towns: ["蒲庙镇", "那楼镇", "新江镇", "百济镇", "中和镇"],
    communities: ["蒲庙", "龙岗", "邕宁"],
  },
  {
    name: "武鸣区",
    areas: ["城厢", "双桥", "伊岭", "罗波", "灵马"],
    towns: ["双桥镇", "宁武镇", "锣圩镇", "仙湖镇", "府城镇", "陆斡镇"],
    communities: ["城厢", "灵源", "标营", "新兴"],
  },
];

export const VILLAGES = [
  "那莲",
  "那桐",
  "六蓝",
  "平心",
  "东岸",
  "定和",
  "坛白",
  "那龙",
  "清平",
  "仁德",
  "板蒙",
  "良利",
  "那元",
  "石塘",
  "大陆",
  "新村",
  "岜蒙",
  "陇均",
] as const;

export const ROADS = [
  "民族大道",
  "友爱路",
  "大学东路",
  "五象大道",
  "平乐大道",
  "良庆大道",
  "玉洞大道",
  "竹溪大道",
  "秀灵路",
  "昆仑大道",
  "白沙大道",
  "星光大道",
  "亭洪路",
  "那洪大道",
  "银海大道",
  "长堽路",
  "邕武路",
  "科园大道",
  "青山路",
  "金浦路",
] as const;

/** The inner rivers of the water city (18 内河), of which these appear in the demo. */
export const RIVERS = [
  "那考河",
  "心圩江",
  "竹排江",
  "朝阳溪",
  "可利江",
  "亭子冲",
  "良凤江",
  "水塘江",
  "凤凰江",
  "大岸冲",
  "石埠河",
  "马巢河",
  "楞塘冲",
  "八尺江",
] as const;

export const PARKS = [
  "南湖公园",
  "人民公园",
  "狮山公园",
  "五象湖公园",
  "那考河湿地公园",
  "石门森林公园",
  "青秀山风景区",
  "邕江滨江公园",
  "良凤江国家森林公园",
  "相思湖公园",
  "凤凰谷公园",
] as const;

export const RAIL_LINES: ReadonlyArray<{ line: number; stations: readonly string[] }> = [
  { line: 1, stations: ["南宁火车站", "朝阳广场", "南湖", "埌东客运站", "火车东站", "石埠"] },
  { line: 2, stations: ["西津", "朝阳广场", "亭洪路", "玉洞"] },
  { line: 3, stations: ["科园大道", "青秀山", "五象湖", "平乐大道"] },
  { line: 4, stations: ["那洪", "五象新区", "龙岗"] },
  { line: 5, stations: ["金桥客运站", "广西大学", "五象火车站"] },
  { line: 6, stations: ["南宁东站", "仙葫", "蒲庙"] },
];

/** "朝阳广场" → "朝阳广场站"; names that already end in 站 (火车东站) stay as they are. */
export const stationName = (name: string) => (name.endsWith("站") ? name : `${name}站`);

export const SCHOOL_TYPES = ["小学", "初级中学", "九年一贯制学校", "幼儿园", "高级中学"] as const;

export const PROJECT_TYPES = [
  "安置房",
  "保障性租赁住房",
  "人才公寓",
  "商业综合体",
  "社区综合服务中心",
  "养老服务中心",
  "公共停车楼",
  "110千伏变电站",
  "体育公园",
  "文化活动中心",
  "社区卫生服务中心",
  "农贸市场改造",
  "消防救援站",
] as const;

/** Fictional applicants. */
export const COMPANIES = [
  "南宁邕和置业有限公司",
  "南宁象湖城市开发有限公司",
  "广西绿荫安居建设有限公司",
  "南宁市青山教育投资有限公司",
  "南宁明秀城市更新有限公司",
  "南宁江湾城市建设有限公司",
  "南宁朝阳市政工程有限公司",
] as const;

/** Fictional old residential compounds for the renewal items. */
export const OLD_ESTATES = [
  "东葛路机械厂宿舍区",
  "新竹路供电小区",
  "桃源路粮食局宿舍",
  "明秀路纺织厂生活区",
  "衡阳路自来水公司宿舍",
  "华东路医药公司小区",
  "北湖路建材厂宿舍",
  "七星路邮电小区",
  "民主路教育局宿舍",
  "星湖路棉纺厂生活区",
] as const;

export const SPECIAL_PLANS = [
  "海绵城市建设专项规划",
  "城市绿地系统规划",
  "电动汽车充电基础设施专项规划",
  "地下空间开发利用规划",
  "公共停车场专项规划",
  "城市消防专项规划",
  "环境卫生设施专项规划",
  "中小学校布局专项规划",
  "养老服务设施布局规划",
  "城市排水防涝综合规划",
  "慢行交通系统专项规划",
  "历史文化名城保护规划",
] as const;

export const HISTORIC_AREAS = ["三街两巷历史文化街区", "中山路历史文化街区", "邕宁蒲庙古镇", "扬美古镇"] as const;

export const COMMENTERS = [
  "张先生",
  "李女士",
  "黄先生",
  "陆女士",
  "韦先生",
  "覃女士",
  "莫先生",
  "梁女士",
  "蒙先生",
] as const;

/** 138-0000-xxxx: the reserved example range, never a real subscriber. */
export const examplePhone = (n: number) => `1380000${String(n % 10_000).padStart(4, "0")}`;

export const CHINESE_NUMBERS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;
