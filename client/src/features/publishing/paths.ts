/**
 * Staff URLs. Item ids are Relay global ids (standard base64, which may hold "/", "+" and "="),
 * so they travel in paths as base64url and are turned back on the way in.
 */
export const WORKBENCH = "/staff";
export const NEW_ITEM = "/staff/items/new";
export const TIMELINESS = "/staff/timeliness";
export const LINKS = "/staff/links";
export const EMERGENCY = "/staff/emergency";
export const PROJECT_IMPORT = "/staff/projects/import";

export function idToParam(id: string): string {
  return id.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function paramToId(param: string): string {
  const base64 = decodeURIComponent(param).replaceAll("-", "+").replaceAll("_", "/");
  return base64 + "=".repeat((4 - (base64.length % 4)) % 4);
}

export const itemPath = (id: string) => `/staff/items/${idToParam(id)}`;
export const editPath = (id: string) => `${itemPath(id)}/edit`;
export const formPath = (id: string) => `${itemPath(id)}/form`;
export const commentsPath = (id: string) => `${itemPath(id)}/comments`;
