// The Khronos glTF validator (compiled from Dart) ships no types; the part the model test uses.
declare module "gltf-validator" {
  export interface ValidationReport {
    mimeType: string;
    validatorVersion: string;
    issues: {
      numErrors: number;
      numWarnings: number;
      numInfos: number;
      numHints: number;
      messages: Array<{ code: string; message: string; severity: number; pointer?: string }>;
    };
    info?: {
      version: string;
      totalVertexCount?: number;
      totalTriangleCount?: number;
      drawCallCount?: number;
      materialCount?: number;
    };
  }
  export function validateBytes(
    data: Uint8Array,
    options?: { uri?: string; maxIssues?: number },
  ): Promise<ValidationReport>;
}
