// Templates for 工作动态: the bureau's own work (meetings, surveys, training, site inspections).
import { LINKS, paragraphs } from "./spec.js";
import { CN_QUARTER, previousMonth, type Template } from "./template.js";
import { DISTRICTS, PROJECT_TYPES } from "./vocabulary.js";

const WORK_TOPICS = [
  "国土空间规划“一张图”建设",
  "工程建设项目审批制度改革",
  "城市更新",
  "村庄规划编制",
  "规划批后监管",
  "政务公开",
  "优化营商环境",
  "历史文化保护",
  "城市设计",
  "中小学校规划建设",
] as const;

export const workDynamics: readonly Template[] = [
  (r) => {
    const topic = r.pick(WORK_TOPICS);
    return {
      title: `我局召开${topic}工作推进会`,
      summary: `会议通报了近期${topic}工作进展，部署下一阶段重点任务。`,
      body: paragraphs(
        `近日，我局召开${topic}工作推进会，局领导班子成员、各科室和直属单位负责人参加会议。`,
        `会议通报了近期${topic}工作进展，分析了存在的问题，要求各科室对照任务清单倒排工期、压实责任，确保按时保质完成年度目标。`,
        "会议强调，要坚持问题导向和服务导向，主动对接市民和企业需求，及时在门户网站公开工作进展，接受社会监督。",
      ),
      tags: ["工作会议", topic],
      cover: "meeting",
      department: "office",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    const topic = r.pick(WORK_TOPICS);
    return {
      title: `我局赴${d.name}开展${topic}专题调研`,
      summary: `调研组实地查看了${r.pick(d.areas)}片区有关项目，听取区有关部门意见建议。`,
      body: paragraphs(
        `近日，局领导带队赴${d.name}开展${topic}专题调研，实地查看了${r.pick(d.areas)}片区有关项目现场，并召开座谈会听取区有关部门和街道的意见建议。`,
        "座谈会上，区有关部门反映了项目推进中遇到的用地、审批和配套设施等问题。调研组逐一研究，明确了责任科室和办理时限。",
        "调研组表示，将进一步加强市区联动，提高服务效率，推动规划更好落地实施。",
      ),
      tags: ["调研", d.name],
      cover: "meeting",
      department: "office",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    const type = r.pick(PROJECT_TYPES);
    return {
      title: `局领导带队检查${d.name}${type}项目规划批后管理工作`,
      summary: "检查组对照建设工程规划许可证，核查了建筑位置、高度和配套设施建设情况。",
      body: paragraphs(
        `近日，局领导带队到${d.name}${r.pick(d.areas)}${type}项目现场开展规划批后管理检查。`,
        "检查组对照建设工程规划许可证及附图，核查了建筑位置、层数、高度和配套设施建设情况，查阅了放线、验线记录。",
        "对检查中发现的个别问题，检查组要求建设单位限期整改，并将整改情况纳入规划核实。",
      ),
      tags: ["批后监管", d.name],
      cover: "meeting",
      department: "construction",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    const community = r.pick(d.communities);
    const leaflets = r.int(3, 9) * 100;
    const questions = r.int(40, 120);
    return {
      title: `我局开展“规划进社区”宣传活动，走进${d.name}${community}社区`,
      summary: `活动现场发放宣传资料${leaflets}余份，解答居民咨询${questions}人次。`,
      body: paragraphs(
        `近日，我局在${d.name}${community}社区开展“规划进社区”宣传活动，向居民介绍片区规划、老旧小区改造和加装电梯等政策。`,
        `活动现场通过展板、宣传手册和现场讲解等形式，发放宣传资料${leaflets}余份，解答居民咨询${questions}人次。`,
        "对居民提出的停车、绿化和公共设施配置等意见，工作人员已逐一登记，将在片区规划编制和实施中认真研究。",
      ),
      tags: ["规划进社区", d.name],
      cover: "meeting",
      department: "office",
    };
  },
  (r, { when }) => {
    const prev = previousMonth(when);
    const issues = r.int(2, 9);
    return {
      title: `我局完成${prev.month}月门户网站日常巡检和上网信息复查`,
      summary: `巡检覆盖网站全部栏目，发现并整改问题${issues}个，确保链接正确有效、信息准确及时。`,
      body: paragraphs(
        `按照网站日常巡检及上网信息复查制度，我局于${prev.month}月对门户网站全部栏目进行了巡检和复查。`,
        `本次巡检共检查页面${r.int(8, 30)}00余个，发现并整改错别字、失效链接和过期信息等问题${issues}个，对已过时效的信息按程序进行了确认或撤下处理。`,
        "网站维护人员每日定时访问网站，重要文件和信息资源每天备份，保障网站安全平稳运行。",
      ),
      tags: ["网站巡检", "信息复查"],
      department: "info-center",
    };
  },
  (r) => {
    const drill = r.pick(["网页防篡改", "数据备份恢复", "防网络攻击", "服务器断电恢复"]);
    return {
      title: `我局开展门户网站${drill}应急演练`,
      summary: "演练检验了应急预案的可操作性和各岗位的协同处置能力。",
      body: paragraphs(
        `为提高网络安全事件应急处置能力，我局近日开展门户网站${drill}应急演练。`,
        "演练模拟了网站异常、发现报告、应急处置、恢复上线和总结评估等环节，网站维护、信息采编和值班人员按预案分工协同处置。",
        `演练从发现异常到恢复正常用时${r.int(12, 40)}分钟，检验了应急预案的可操作性。我局将针对演练中发现的问题进一步完善预案。`,
      ),
      tags: ["网络安全", "应急演练"],
      department: "info-center",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    return {
      title: `我局与${d.name}人民政府召开规划工作对接会`,
      summary: "双方就重点项目规划审批、片区规划编制和城市更新等事项进行了对接。",
      body: paragraphs(
        `近日，我局与${d.name}人民政府召开规划工作对接会。双方就${d.name}重点项目规划审批、${r.pick(d.areas)}片区规划编制和城市更新等事项进行了深入对接。`,
        `会议梳理了需要协调解决的事项${r.int(6, 18)}项，逐项明确了责任单位和完成时限。`,
        "双方表示，将建立常态化沟通机制，共同推动规划高质量实施。",
      ),
      tags: ["市区联动", d.name],
      cover: "meeting",
      department: "office",
    };
  },
  (r) => {
    const topic = r.pick(WORK_TOPICS);
    const trainees = r.int(4, 9) * 10;
    return {
      title: `我局举办“${topic}”专题培训班`,
      summary: `各科室业务骨干${trainees}余人参加培训。`,
      body: paragraphs(
        `为提升干部职工业务能力，我局举办“${topic}”专题培训班，各科室和直属单位业务骨干${trainees}余人参加。`,
        "培训邀请高校专家和兄弟城市规划部门的同志授课，围绕政策要求、技术标准和典型案例进行讲解，并组织分组研讨。",
        "参训人员表示，培训内容贴近工作实际，将把所学运用到规划编制和审批服务中。",
      ),
      tags: ["培训", topic],
      cover: "meeting",
      department: "office",
    };
  },
  (r, { when }) => {
    const prev = previousMonth(when);
    const total = r.int(20, 48);
    return {
      title: `我局召开${prev.month}月政风行风热线和网民留言办理督办会`,
      summary: `${prev.month}月共收到各渠道来信${total}件，均在规定时限内答复。`,
      body: paragraphs(
        `近日，我局召开${prev.month}月政风行风热线和网民留言办理督办会。${prev.month}月，我局共收到政民互动平台、网上信访系统和局长信箱等渠道来信${total}件。`,
        "会议逐件核查了办理情况，对一般问题在7个工作日内答复、复杂问题先行告知并及时答复的要求落实情况进行了督办。",
        "会议要求承办科室提高答复质量，做到有问必答、答必有据，切实回应群众关切。",
      ),
      tags: ["网民留言", "督办"],
      department: "letters",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    return {
      title: `我局党员志愿者到${d.name}${r.pick(d.communities)}社区开展志愿服务`,
      summary: "志愿者开展了规划政策宣讲、环境整治和入户走访等活动。",
      body: paragraphs(
        `近日，我局组织党员志愿者到${d.name}挂点社区开展志愿服务活动。`,
        `志愿者们开展规划政策宣讲、小区环境整治和入户走访，收集居民对社区公共服务设施、停车和绿化等方面的意见建议${r.int(10, 30)}条。`,
        "对收集到的意见建议，我局将分类梳理，能解决的及时解决，需要通过规划统筹的纳入相关片区规划研究。",
      ),
      tags: ["志愿服务", d.name],
      cover: "meeting",
      department: "office",
    };
  },
  (r, { when }) => ({
    title: `我局召开${when.year}年第${CN_QUARTER[when.quarter]}季度领导干部读网交流会`,
    summary: "局领导班子成员交流读网体会，对网站内容更新、互动回复质量提出改进要求。",
    body: paragraphs(
      "按照领导干部读网制度，我局召开季度读网交流会，局领导班子成员交流本季度浏览门户网站的体会。",
      `会上，网站维护部门通报了本季度网站更新信息${r.int(150, 230)}条、办理网民来信和巡检整改情况。局领导对栏目更新频率、信息时效确认和互动回复质量提出了具体改进要求。`,
      "会议要求各科室信息员按时报送信息，确保重要信息及时公开。",
    ),
    tags: ["领导干部读网", "网站管理"],
    department: "office",
  }),
  (r) => {
    const topic = r.pick(WORK_TOPICS);
    return {
      title: `自治区自然资源厅调研组来我局调研${topic}工作`,
      summary: "调研组对我局有关工作给予肯定，并就下一步工作提出指导意见。",
      body: paragraphs(
        `近日，自治区自然资源厅调研组来我局调研${topic}工作。调研组听取了我局工作情况汇报，并到项目现场实地查看。`,
        "调研组对我局有关工作给予肯定，并就规划编制审批、信息系统建设和规划实施监督等提出了指导意见。",
        `相关政策文件可在${LINKS.zrzyt("自治区自然资源厅网站")}查阅。我局将认真抓好调研意见的落实。`,
      ),
      tags: ["调研", topic],
      cover: "meeting",
      department: "office",
    };
  },
];
