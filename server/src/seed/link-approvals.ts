// 网站链接审批: external hosts that bodies and details may link to. Approved ones are those the demo
// content links to (the guides' online application site too); one request is pending and one was
// turned down, for the staff screens.
import { DAY, HOUR } from "../clock.js";
import type { PrismaClient } from "../db/index.js";
import type { Actors } from "./content/workflow.js";
import { seedId } from "./ids.js";

export async function seedLinkApprovals(prisma: PrismaClient, today: Date, actors: Actors): Promise<void> {
  const day = (daysAgo: number, hour: number) => new Date(today.getTime() - daysAgo * DAY + hour * HOUR);
  const approved = (host: string, url: string, reason: string, daysAgo: number) => ({
    id: seedId("link", host),
    host,
    status: "APPROVED" as const,
    exampleUrl: url,
    requestedById: actors.editor.id,
    requestReason: reason,
    decidedById: actors.leader.id,
    decisionReason: "政府网站，同意链接。",
    requestedAt: day(daysAgo, 10),
    decidedAt: day(daysAgo - 1, 15),
  });
  await prisma.linkApproval.createMany({
    skipDuplicates: true,
    data: [
      approved("www.gov.cn", "https://www.gov.cn/zhengce/", "链接国家法律法规和政策文件原文。", 175),
      approved("www.nanning.gov.cn", "https://www.nanning.gov.cn/", "链接市人民政府批复文件和水城建设有关文件。", 172),
      approved("zrzyt.gxzf.gov.cn", "https://zrzyt.gxzf.gov.cn/", "链接自治区自然资源厅的法规和技术规程。", 170),
      approved(
        "zwfw.gxzf.gov.cn",
        "https://zwfw.gxzf.gov.cn/",
        "办事指南的网上办理入口（广西数字政务一体化平台）。",
        168,
      ),
      {
        id: seedId("link", "www.example-planning.com"),
        host: "www.example-planning.com",
        status: "PENDING",
        exampleUrl: "https://www.example-planning.com/cases/nanning",
        requestedById: actors.editor.id,
        requestReason: "规划设计单位网站，拟在城市设计方案展示中链接其案例介绍页面。",
        requestedAt: day(3, 11),
      },
      {
        id: seedId("link", "pan.example.net"),
        host: "pan.example.net",
        status: "REJECTED",
        exampleUrl: "https://pan.example.net/s/planport-demo",
        requestedById: actors.editor.id,
        requestReason: "规划图纸文件较大，拟通过网盘链接提供下载。",
        decidedById: actors.leader.id,
        decisionReason: "网盘为商业服务，文件可能被替换且无法保证长期可用；附件请上传至本网站。",
        requestedAt: day(40, 9),
        decidedAt: day(39, 16),
      },
    ],
  });
}
