import { validateBytes } from "gltf-validator";
import { describe, expect, it } from "vitest";
import type { ProjectDetails } from "../../modules/projects/project-details.js";
import { PROJECT_SEEDS } from "./catalog.js";
import { PermitNumbers, projectCode, projectDetailsOf } from "./details.js";
import { aerialSvg, roadsOf, sitePlanSvg } from "./drawings.js";
import { massingOf } from "./massing.js";
import { massingGlb } from "./model.js";
import { MODEL_PROJECTS } from "./project-media.js";

/** The demo projects' details as the seed plans them (numbers depend on the catalog order). */
function demoProjects() {
  const numbers = new PermitNumbers();
  return PROJECT_SEEDS.map((seed, index) => ({
    seed,
    details: projectDetailsOf(seed, projectCode(seed, index), numbers, []) as ProjectDetails,
  }));
}

const modelOf = (key: string) => {
  const project = demoProjects().find((p) => p.seed.key === key);
  if (!project) throw new Error(key);
  const massing = massingOf(key, project.details);
  return { ...project, massing, glb: massingGlb({ name: project.seed.name, origin: project.seed.at, massing }) };
};

/** The GLB's header, JSON and binary chunks, read as glTF 2.0 §4.4 lays them out. */
function readGlb(bytes: Uint8Array) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = b.readUInt32LE(12);
  const binAt = 20 + jsonLength;
  return {
    magic: b.toString("latin1", 0, 4),
    version: b.readUInt32LE(4),
    length: b.readUInt32LE(8),
    jsonType: b.toString("latin1", 16, 20),
    json: JSON.parse(b.toString("utf8", 20, binAt)),
    binLength: b.readUInt32LE(binAt),
    binType: b.toString("latin1", binAt + 4, binAt + 8),
    bin: b.subarray(binAt + 8),
  };
}

describe("the demo projects' 3D models", () => {
  it.each([...MODEL_PROJECTS])(
    "%s is a valid glTF 2.0 binary (Khronos validator: no errors, no warnings)",
    async (key) => {
      const { glb } = modelOf(key);
      const report = await validateBytes(glb, { uri: `${key}.glb` });
      expect(report.mimeType).toBe("model/gltf-binary");
      expect(report.issues.messages.filter((m) => m.severity <= 1)).toEqual([]);
      expect(report.issues).toMatchObject({ numErrors: 0, numWarnings: 0 });
      expect(report.info?.version).toBe("2.0");
      expect(report.info?.materialCount).toBe(2);
    },
  );

  it("is small, the same bytes every time, and holds the buildings at their heights where the map can place them", () => {
    const { glb, massing, seed } = modelOf("asean-tower");
    expect(glb.length).toBeLessThan(16 * 1024);
    expect(Buffer.from(modelOf("asean-tower").glb).equals(Buffer.from(glb))).toBe(true);

    const file = readGlb(glb);
    expect(file).toMatchObject({ magic: "glTF", version: 2, length: glb.length, jsonType: "JSON", binType: "BIN\0" });
    expect(file.length % 4).toBe(0);
    expect(file.json.asset.version).toBe("2.0");
    expect(file.json.scenes[0].extras.planport).toEqual({
      origin: seed.at,
      units: "m",
      axes: "x east, y up, -z north",
    });
    expect(file.json.buffers[0].byteLength).toBe(file.binLength);
    // Every view inside the buffer, every index inside its vertices.
    for (const view of file.json.bufferViews) {
      expect(view.byteOffset % 4).toBe(0);
      expect(view.byteOffset + view.byteLength).toBeLessThanOrEqual(file.binLength);
    }
    const [, buildings] = file.json.meshes[0].primitives;
    const position = file.json.accessors[buildings.attributes.POSITION];
    expect(position.count).toBe(24 * massing.boxes.length);
    // The tallest building's height (metres, y up), as the plan and the details say.
    const tallest = Math.max(...massing.boxes.map((b) => b.h));
    expect(position.max[1]).toBeCloseTo(tallest, 3);
    expect(tallest).toBeGreaterThan(100);
    const indices = file.json.accessors[buildings.indices];
    const view = file.json.bufferViews[indices.bufferView];
    const values = new Uint16Array(file.bin.buffer.slice(file.bin.byteOffset + view.byteOffset), 0, indices.count);
    expect(Math.max(...values)).toBe(position.count - 1);
  });
});

describe("the demo projects' drawings", () => {
  it("name the roads of the address", () => {
    expect(roadsOf("青秀区民族大道与凤岭路交叉口西南侧")).toEqual(["民族大道", "凤岭路"]);
    expect(roadsOf("良庆区五象大道与平乐大道交叉口东北侧")).toEqual(["五象大道", "平乐大道"]);
    expect(roadsOf("兴宁区那考河中游东岸")).toEqual([]);
  });

  it("draw the site plan with its red line, roads, buildings with floors and indicators, and an aerial of the same buildings", () => {
    const { details, massing } = modelOf("asean-tower");
    const plan = sitePlanSvg(details, massing);
    for (const part of ["总平面图（示意）", "民族大道", "凤岭路", "用地红线", "北", details.code ?? "—", "45F"]) {
      expect(plan).toContain(part);
    }
    // One rectangle per building, and the legend's.
    expect(plan.match(/<rect[^>]*fill="#f2d6a2"/g)?.length).toBe(massing.boxes.length + 1);
    const aerial = aerialSvg(details, massing);
    expect(aerial).toContain("鸟瞰示意图");
    // Three faces (west, south, top) per building.
    expect(aerial.match(/stroke="#7d8590"/g)?.length).toBe(3 * massing.boxes.length);
  });
});
