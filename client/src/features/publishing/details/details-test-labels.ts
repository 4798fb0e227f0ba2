// The names numbers get in the details tests' messages (the editor takes them from its strings:
// DETAILS_NUMBER_LABELS in details-section.tsx).
import type { NumberLabels } from "./details-state";

export const TEST_NUMBER_LABELS: NumberLabels = {
  measures: {
    landAreaM2: "用地面积",
    totalFloorAreaM2: "总建筑面积",
    floorAreaRatio: "容积率",
    greenRatioPercent: "绿地率",
    buildingDensityPercent: "建筑密度",
    heightLimitM: "建筑限高",
  },
  lng: "经度",
  lat: "纬度",
  copies: "份数",
  days: "环节时限",
  statutoryDays: "法定时限",
  promisedDays: "承诺时限",
  extent: "地图范围",
};
