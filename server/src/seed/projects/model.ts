// A project's 3D model as a binary glTF 2.0 file (.glb): its site as a thin plate and its buildings
// as boxes (massing.ts), in metres, flat-shaded, a few kilobytes. glTF's axes: +x east, +y up, −z
// north; the origin is the site's centre, whose WGS-84 position the scene carries in its extras
// (planport.origin), so that the map can place the model. Written by hand: the format is a 12-byte
// header, a JSON chunk and a binary chunk (glTF 2.0 §4.4); the same boxes give the same bytes.
import type { Box, Massing } from "./massing.js";

export interface ModelInput {
  name: string;
  /** WGS-84 [lng, lat] of the site's centre. */
  origin: [number, number];
  massing: Massing;
}

const FLOAT = 5126;
const UNSIGNED_SHORT = 5123;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const TRIANGLES = 4;

interface Geometry {
  positions: number[];
  normals: number[];
  indices: number[];
}

/** A box as six flat faces (four vertices each, so that every face has its own normal). */
type Vec3 = [number, number, number];

function addBox(g: Geometry, [x0, y0, z0]: Vec3, [x1, y1, z1]: Vec3) {
  const faces: Array<{ n: Vec3; corners: Vec3[] }> = [
    {
      n: [0, 1, 0],
      corners: [
        [x0, y1, z1],
        [x1, y1, z1],
        [x1, y1, z0],
        [x0, y1, z0],
      ],
    },
    {
      n: [0, -1, 0],
      corners: [
        [x0, y0, z0],
        [x1, y0, z0],
        [x1, y0, z1],
        [x0, y0, z1],
      ],
    },
    {
      n: [1, 0, 0],
      corners: [
        [x1, y0, z1],
        [x1, y0, z0],
        [x1, y1, z0],
        [x1, y1, z1],
      ],
    },
    {
      n: [-1, 0, 0],
      corners: [
        [x0, y0, z0],
        [x0, y0, z1],
        [x0, y1, z1],
        [x0, y1, z0],
      ],
    },
    {
      n: [0, 0, 1],
      corners: [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
    },
    {
      n: [0, 0, -1],
      corners: [
        [x1, y0, z0],
        [x0, y0, z0],
        [x0, y1, z0],
        [x1, y1, z0],
      ],
    },
  ];
  for (const face of faces) {
    const base = g.positions.length / 3;
    for (const corner of face.corners) {
      g.positions.push(...corner);
      g.normals.push(...face.n);
    }
    // Counter-clockwise seen from outside (glTF's front faces).
    g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
}

/** A building from the plan's metres (x east, y north) to glTF's (x east, y up, z south). */
const buildingCorners = (b: Box): [Vec3, Vec3] => [
  [b.x, 0, -(b.y + b.d)],
  [b.x + b.w, b.h, -b.y],
];

const MATERIALS = [
  { name: "场地", color: [0.62, 0.75, 0.52, 1] },
  { name: "建筑", color: [0.86, 0.87, 0.89, 1] },
] as const;

export function massingGlb({ name, origin, massing }: ModelInput): Uint8Array {
  const site: Geometry = { positions: [], normals: [], indices: [] };
  addBox(site, [-massing.halfW - 8, -0.3, -(massing.halfD + 8)], [massing.halfW + 8, 0, massing.halfD + 8]);
  const buildings: Geometry = { positions: [], normals: [], indices: [] };
  for (const b of massing.boxes) addBox(buildings, ...buildingCorners(b));

  const chunks: Buffer[] = [];
  const bufferViews: object[] = [];
  const accessors: object[] = [];
  let offset = 0;
  const view = (data: Buffer, target: number) => {
    chunks.push(data);
    const padding = (4 - (data.length % 4)) % 4;
    if (padding) chunks.push(Buffer.alloc(padding));
    bufferViews.push({ buffer: 0, byteOffset: offset, byteLength: data.length, target });
    offset += data.length + padding;
    return bufferViews.length - 1;
  };
  const vec3 = (values: number[], withBounds: boolean) => {
    const data = Buffer.from(new Float32Array(values).buffer);
    const count = values.length / 3;
    const bounds = withBounds ? boundsOf(values) : {};
    accessors.push({ bufferView: view(data, ARRAY_BUFFER), componentType: FLOAT, count, type: "VEC3", ...bounds });
    return accessors.length - 1;
  };
  const indices = (values: number[]) => {
    const data = Buffer.from(new Uint16Array(values).buffer);
    accessors.push({
      bufferView: view(data, ELEMENT_ARRAY_BUFFER),
      componentType: UNSIGNED_SHORT,
      count: values.length,
      type: "SCALAR",
    });
    return accessors.length - 1;
  };
  const primitive = (g: Geometry, material: number) => ({
    attributes: { POSITION: vec3(g.positions, true), NORMAL: vec3(g.normals, false) },
    indices: indices(g.indices),
    material,
    mode: TRIANGLES,
  });
  const primitives = [primitive(site, 0), ...(massing.boxes.length ? [primitive(buildings, 1)] : [])];

  const json = {
    asset: { version: "2.0", generator: "PlanPort demo seed" },
    scene: 0,
    scenes: [
      {
        name,
        nodes: [0],
        extras: { planport: { origin, units: "m", axes: "x east, y up, -z north" } },
      },
    ],
    nodes: [{ name, mesh: 0 }],
    meshes: [{ name: "体块", primitives }],
    materials: MATERIALS.map((m) => ({
      name: m.name,
      pbrMetallicRoughness: { baseColorFactor: m.color, metallicFactor: 0, roughnessFactor: 0.9 },
    })),
    accessors,
    bufferViews,
    buffers: [{ byteLength: offset }],
  };
  return glb(json, Buffer.concat(chunks));
}

function boundsOf(values: number[]) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) {
    const axis = i % 3;
    // The bounds are of the stored float32 values.
    const v = Math.fround(values[i] as number);
    min[axis] = Math.min(min[axis] as number, v);
    max[axis] = Math.max(max[axis] as number, v);
  }
  return { min, max };
}

/** Header, JSON chunk (padded with spaces) and BIN chunk (padded with zeros), all 4-byte aligned. */
function glb(json: object, bin: Buffer): Uint8Array {
  const text = Buffer.from(JSON.stringify(json), "utf8");
  const jsonChunk = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4, 0x20)]);
  const binChunk = Buffer.concat([bin, Buffer.alloc((4 - (bin.length % 4)) % 4)]);
  const header = Buffer.alloc(12);
  const total = 12 + 8 + jsonChunk.length + 8 + binChunk.length;
  header.write("glTF", 0, "latin1");
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(total, 8);
  const chunkHeader = (length: number, type: string) => {
    const h = Buffer.alloc(8);
    h.writeUInt32LE(length, 0);
    h.write(type, 4, "latin1");
    return h;
  };
  return new Uint8Array(
    Buffer.concat([
      header,
      chunkHeader(jsonChunk.length, "JSON"),
      jsonChunk,
      chunkHeader(binChunk.length, "BIN\0"),
      binChunk,
    ]),
  );
}
