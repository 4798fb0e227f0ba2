// Refusals that happen before GraphQL parsing: oversized bodies and the content types a
// cross-site HTML form can send without a CORS preflight (the CSRF vector).
import type { Plugin } from "graphql-yoga";

export const MAX_BODY_BYTES = 1024 * 1024;

const FORM_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

const refuse = (status: number, message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

export function useRequestGuards(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== "POST") return;
      const type = request.headers.get("content-type")?.toLowerCase() ?? "";
      if (FORM_CONTENT_TYPES.some((t) => type.startsWith(t))) {
        return endResponse(refuse(415, `Content-Type ${type.split(";")[0]} is not accepted; send application/json.`));
      }
      const length = request.headers.get("content-length");
      if (length === null && request.headers.has("transfer-encoding")) {
        return endResponse(refuse(411, "A Content-Length header is required."));
      }
      if (length !== null && Number(length) > MAX_BODY_BYTES) {
        return endResponse(refuse(413, `Request body larger than ${MAX_BODY_BYTES} bytes.`));
      }
    },
  };
}
