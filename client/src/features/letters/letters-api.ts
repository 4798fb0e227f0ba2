import { Client, type CombinedError, fetchExchange } from "@urql/core";
import { errorCode, errorMessage } from "../../lib/errors";
import { graphql, type ResultOf } from "../../lib/graphql";
import { commentInput } from "../content/comment-draft";
import { timeChallenge } from "./challenge";
import { disclosureInput, letterInput } from "./letter-form";
import type { ChallengeOutcome, OutboxEntry, SubmitOutcome } from "./outbox";

/**
 * The writer's operations: the proof-of-work challenge, submitting (a letter, a disclosure request
 * or a comment on planning publicity), tracking and rating.
 *
 * They go through a client of their own with no cache. graphcache persists what it sees to
 * IndexedDB for a week, field arguments included, so `letterStatus(trackingCode, accessCode)`
 * would leave the access code and the letter on the phone even when the writer chose not to
 * remember it; and a challenge must never be answered from a cache. Published letters and the
 * statistics are public and go through the app's one cached client (lib/urql.ts) like every page.
 */
export const privateClient = new Client({
  url: "/graphql",
  exchanges: [fetchExchange],
  preferGetMethod: false,
  requestPolicy: "network-only",
  fetchOptions: () => ({
    credentials: "same-origin",
    headers: { "x-graphql-yoga-csrf": "1" },
  }),
});

export const LetterChallengeQuery = graphql(`
  query Letters_Challenge {
    letterChallenge {
      challenge
      expiresAt
      submitNotBefore
    }
  }
`);

export const SubmitLetterMutation = graphql(`
  mutation Letters_SubmitLetter($input: SubmitLetterInput!, $idempotencyKey: String!) {
    submitLetter(input: $input, idempotencyKey: $idempotencyKey) {
      receipt {
        trackingCode
        accessCode
        receivedAt
        replyDueAt
      }
      error {
        message
        field
      }
    }
  }
`);

export const SubmitDisclosureRequestMutation = graphql(`
  mutation Letters_SubmitDisclosureRequest($input: SubmitDisclosureRequestInput!, $idempotencyKey: String!) {
    submitDisclosureRequest(input: $input, idempotencyKey: $idempotencyKey) {
      receipt {
        trackingCode
        accessCode
        receivedAt
        replyDueAt
      }
      error {
        message
        field
      }
    }
  }
`);

/** 规划公示意见: a comment on a publicity item, taken in as a letter. */
export const SubmitPublicityCommentMutation = graphql(`
  mutation Letters_SubmitPublicityComment($input: SubmitPublicityCommentInput!, $idempotencyKey: String!) {
    submitPublicityComment(input: $input, idempotencyKey: $idempotencyKey) {
      receipt {
        trackingCode
        accessCode
        receivedAt
        replyDueAt
      }
      error {
        message
        field
      }
    }
  }
`);

export type LetterReceipt = NonNullable<ResultOf<typeof SubmitLetterMutation>["submitLetter"]["receipt"]>;

export const LetterTracking_Fragment = graphql(`
  fragment LetterTracking_Letter on LetterTracking {
    trackingCode
    type
    progress
    subject
    receivedAt
    replyDueAt
    canRate
    timeline {
      action
      label
      at
      note
    }
    reply {
      text
      repliedAt
      departmentName
    }
    rating {
      rating
      comment
      ratedAt
    }
  }
`);

export const LetterStatusQuery = graphql(
  `
  query Letters_Status($trackingCode: String!, $accessCode: String!, $deviceId: String) {
    letterStatus(trackingCode: $trackingCode, accessCode: $accessCode, deviceId: $deviceId) {
      letter {
        ...LetterTracking_Letter
      }
      error {
        message
        field
      }
    }
  }
`,
  [LetterTracking_Fragment],
);

export const RateLetterReplyMutation = graphql(
  `
  mutation Letters_RateReply(
    $trackingCode: String!
    $accessCode: String!
    $rating: LetterRating!
    $comment: String
    $deviceId: String
  ) {
    rateLetterReply(
      trackingCode: $trackingCode
      accessCode: $accessCode
      rating: $rating
      comment: $comment
      deviceId: $deviceId
    ) {
      letter {
        ...LetterTracking_Letter
      }
      error {
        message
        field
      }
    }
  }
`,
  [LetterTracking_Fragment],
);

/** A request that did not get a usable answer, in the terms the letter pages act on. */
export type RequestFailure =
  | { kind: "network"; message: string }
  | { kind: "rate-limited"; message: string; retryAfterSeconds: number }
  | { kind: "failed"; message: string };

/** The wait a RATE_LIMITED error asks for (extensions.retryAfterSeconds), at least a minute when absent. */
export function retryAfterSeconds(error: Pick<CombinedError, "graphQLErrors">): number {
  for (const graphQLError of error.graphQLErrors) {
    const seconds = graphQLError.extensions?.retryAfterSeconds;
    if (graphQLError.extensions?.code === "RATE_LIMITED" && typeof seconds === "number" && seconds > 0) return seconds;
  }
  return 60;
}

export function requestFailure(error: CombinedError): RequestFailure {
  const code = errorCode(error);
  const message = errorMessage(error);
  if (code === "NETWORK") return { kind: "network", message };
  if (code === "RATE_LIMITED") return { kind: "rate-limited", message, retryAfterSeconds: retryAfterSeconds(error) };
  return { kind: "failed", message };
}

/** A fresh challenge, timed on this phone's clock from the moment it arrived. */
export async function fetchLetterChallenge(): Promise<ChallengeOutcome> {
  const result = await privateClient.query(LetterChallengeQuery, {}).toPromise();
  const receivedAt = Date.now();
  if (result.error) return { ok: false, ...requestFailure(result.error) };
  const issued = result.data?.letterChallenge;
  if (!issued) return { ok: false, kind: "failed", message: errorMessage({ graphQLErrors: [] }) };
  return { ok: true, challenge: timeChallenge(issued, receivedAt) };
}

/** The mutation of each kind of entry, with the payload it answers. */
function send(entry: OutboxEntry, extras: { attachmentIds: string[]; altcha: string; deviceId: string | null }) {
  switch (entry.kind) {
    case "letter":
      return privateClient
        .mutation(SubmitLetterMutation, {
          input: { ...letterInput(entry.values), ...extras },
          idempotencyKey: entry.idempotencyKey,
        })
        .toPromise()
        .then((r) => ({ error: r.error, payload: r.data?.submitLetter }));
    case "disclosure":
      return privateClient
        .mutation(SubmitDisclosureRequestMutation, {
          input: { ...disclosureInput(entry.values), ...extras },
          idempotencyKey: entry.idempotencyKey,
        })
        .toPromise()
        .then((r) => ({ error: r.error, payload: r.data?.submitDisclosureRequest }));
    case "comment": {
      // A comment carries no attachments.
      const { attachmentIds: _none, ...checks } = extras;
      return privateClient
        .mutation(SubmitPublicityCommentMutation, {
          input: { ...commentInput(entry.values), ...checks },
          idempotencyKey: entry.idempotencyKey,
        })
        .toPromise()
        .then((r) => ({ error: r.error, payload: r.data?.submitPublicityComment }));
    }
  }
}

/** One try at submitting an outbox entry; the same entry always makes the same input and key. */
export async function submitOutboxEntry(
  entry: OutboxEntry,
  extras: { attachmentIds: string[]; altcha: string; deviceId: string | null },
): Promise<SubmitOutcome> {
  const result = await send(entry, extras);
  if (result.error) return { ok: false, ...requestFailure(result.error) };
  if (result.payload?.receipt) return { ok: true, receipt: result.payload.receipt };
  if (result.payload?.error) {
    return {
      ok: false,
      kind: "refused",
      message: result.payload.error.message,
      field: result.payload.error.field ?? null,
    };
  }
  return { ok: false, kind: "failed", message: errorMessage({ graphQLErrors: [] }) };
}
