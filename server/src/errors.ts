// Coded errors for expected conditions. Everything else is masked by yoga.
// A failure the user can fix is either a typed payload (InputError) or BAD_USER_INPUT.
import { GraphQLError } from "graphql";

export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "GONE" | "RATE_LIMITED";

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) => coded("BAD_USER_INPUT", message, field ? { field } : {});
export const unauthenticated = () => coded("UNAUTHENTICATED", "请先登录");
export const forbidden = (message = "没有权限执行此操作") => coded("FORBIDDEN", message);
export const notFound = (what = "内容") => coded("NOT_FOUND", `${what}不存在或已删除`);
/** Existed, but was removed on purpose (the web's 410). */
export const gone = (message: string) => coded("GONE", message);
export const rateLimited = (retryAfterSeconds: number) =>
  coded("RATE_LIMITED", `操作过于频繁，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`, { retryAfterSeconds });

/** Prisma's known request errors we map at the service edge. */
export function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return undefined;
}

/**
 * A unique-constraint violation: P2002 on PostgreSQL. pglite-prisma-adapter 0.6.1 does not map
 * database errors to Prisma codes; its DriverAdapterError carries the SQLSTATE (23505) in `cause`.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (prismaCode(error) === "P2002") return true;
  return prismaCode(error instanceof Error ? error.cause : undefined) === "23505";
}
