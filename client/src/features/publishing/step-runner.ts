import type { AnyVariables, DocumentInput } from "@urql/core";
import { useClient } from "@urql/solid";
import { createSignal } from "solid-js";
import type { FormError } from "../accounts/form-errors";
import { stepError } from "./step-errors";

type StepPayload =
  | { item?: { id: string } | null; error?: { message: string; field?: string | null } | null }
  | null
  | undefined;

/**
 * Runs workflow mutations one at a time. `busy` disables every action while one runs; the result
 * is null when the step happened, or why not (the server's refusal, in Chinese).
 */
export function createStepRunner() {
  const client = useClient();
  const [busy, setBusy] = createSignal(false);

  /** The step's payload too, for steps whose answer the caller needs (the id of a new item). */
  async function runForPayload<V extends AnyVariables>(
    document: DocumentInput<Record<string, unknown>, V>,
    variables: V,
    field: string,
  ): Promise<{ error: FormError | null; payload: StepPayload }> {
    setBusy(true);
    try {
      const outcome = await client.mutation(document, variables).toPromise();
      const payload = (outcome.data as Record<string, StepPayload> | undefined)?.[field];
      return { error: stepError(outcome, payload), payload };
    } finally {
      setBusy(false);
    }
  }

  async function run<V extends AnyVariables>(
    document: DocumentInput<Record<string, unknown>, V>,
    variables: V,
    field: string,
  ): Promise<FormError | null> {
    return (await runForPayload(document, variables, field)).error;
  }

  return { busy, run, runForPayload };
}
