import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { demoAccountFor, type Role } from "./demo-accounts";
import { graphql } from "./graphql";

// Staff steps through the API, for journeys that need published content to exist. The UI
// journey of the workflow itself drives the app (publishing.spec.ts).

/** A request context signed in as the seeded demo account for `role`. */
export async function staffRequest(baseURL: string, role: Role): Promise<APIRequestContext> {
  const account = await demoAccountFor(role);
  const context = await playwrightRequest.newContext({ baseURL });
  const data = await graphql<{ login: { user: { id: string } | null; error: { message: string } | null } }>(
    context,
    "mutation($i: LoginInput!) { login(input: $i) { user { id } error { message } } }",
    { i: { username: account.username, password: account.password } },
  );
  if (!data.login.user) throw new Error(`sign-in as ${role} failed: ${data.login.error?.message}`);
  return context;
}

type Payload = { item: { id: string; status: string } | null; error: { message: string } | null };

async function step(context: APIRequestContext, mutation: string, variables: Record<string, unknown>) {
  const data = await graphql<Record<string, Payload>>(context, mutation, variables);
  const payload = Object.values(data)[0];
  if (!payload?.item) throw new Error(`${mutation.split("(")[0]} refused: ${payload?.error?.message}`);
  return payload.item;
}

/**
 * Takes a new item from draft to published the way the bureau's rules require: the editor writes
 * and submits, the checker does both reviews, the department head approves, the editor publishes.
 */
export async function publishThroughWorkflow(
  baseURL: string,
  input: { title: string; body: string; columnSlug: string; kind?: string; summary?: string },
): Promise<string> {
  const editor = await staffRequest(baseURL, "EDITOR");
  const checker = await staffRequest(baseURL, "CHECKER");
  const head = await staffRequest(baseURL, "DEPT_HEAD");
  const SIGN_OFF =
    "mutation($id: ID!, $s: SignOffInput!) { signOffContentItem(itemId: $id, input: $s) { item { id status } error { message } } }";
  const checklist = { noStateSecrets: true, noPersonalData: true, noInternalOnly: true };
  try {
    const { id } = await step(
      editor,
      "mutation($i: CreateContentItemInput!) { createContentItem(input: $i) { item { id status } error { message } } }",
      { i: { kind: "NEWS", ...input } },
    );
    await step(
      editor,
      "mutation($id: ID!) { submitContentItem(itemId: $id) { item { id status } error { message } } }",
      { id },
    );
    await step(checker, SIGN_OFF, { id, s: { step: "PUBLICATION_REVIEW", approve: true, opinion: "同意" } });
    await step(checker, SIGN_OFF, { id, s: { step: "CONFIDENTIALITY_REVIEW", approve: true, checklist } });
    await step(head, SIGN_OFF, { id, s: { step: "DEPT_APPROVAL", approve: true } });
    await step(
      editor,
      "mutation($id: ID!) { publishContentItem(itemId: $id) { item { id status } error { message } } }",
      { id },
    );
    return id;
  } finally {
    await Promise.all([editor.dispose(), checker.dispose(), head.dispose()]);
  }
}
