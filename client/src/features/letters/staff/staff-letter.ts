import { graphql, type ResultOf } from "../../../lib/graphql";
import type { ActionLetter } from "./letter-actions";

/**
 * The letter as the staff letter page shows it, and the steps on it. Every step answers with the
 * letter in this shape, so graphcache updates the page (status, timeline, clocks) in one round
 * trip. Personal data is the masked view; the full one is read on request (StaffLetter_FullWriter).
 */
export const StaffLetter_LetterFragment = graphql(`
  fragment StaffLetter_Letter on Letter {
    id
    trackingCode
    externalId
    publicityItem {
      id
      title
    }
    channel
    type
    status
    subject
    body
    complex
    mayPublish
    receivedAt
    registeredAt
    department {
      id
      name
    }
    handler {
      id
      displayName
    }
    writer {
      name
      phone
      email
      requestDetailsJson
      masked
      erased
    }
    mayViewFullWriter
    replyDays
    extensionDays
    ackDueAt
    acknowledgedAt
    ackOverdue
    replyDueAt
    replyOverdue
    overdue
    remainingWorkingDays
    deadlineProvisional
    ageDays
    pauses {
      id
      kind
      startedAt
      endedAt
      note
    }
    attachments {
      id
      originalName
      mimeType
      size
    }
    replyDraft
    replyDraftedAt
    replyDraftedBy {
      id
      displayName
    }
    replyApprovedBy {
      id
      displayName
    }
    replyText
    repliedAt
    rating
    ratingComment
    ratedAt
    closedAt
    availableActions
    events {
      id
      at
      action
      fromStatus
      toStatus
      note
      public
      actor {
        id
        displayName
      }
    }
  }
`);

export type StaffLetter = ResultOf<typeof StaffLetter_LetterFragment>;

/** The facts the action rules read. */
export function actionLetterOf(letter: StaffLetter): ActionLetter {
  return {
    status: letter.status,
    type: letter.type,
    complex: letter.complex,
    departmentId: letter.department?.id ?? null,
    handlerId: letter.handler?.id ?? null,
    acknowledgedAt: letter.acknowledgedAt,
    replyDraft: letter.replyDraft,
    replyDraftedById: letter.replyDraftedBy?.id ?? null,
    replyApprovedById: letter.replyApprovedBy?.id ?? null,
    extensionDays: letter.extensionDays,
    replyDueAt: letter.replyDueAt,
    pauseKinds: letter.pauses.map((pause) => pause.kind),
  };
}

/** Full personal data: audited by the server on every read, so only fetched when asked for. */
export const FullWriterQuery = graphql(`
  query StaffLetter_FullWriter($id: ID!) {
    staffLetter(id: $id) {
      id
      writer(full: true) {
        name
        phone
        email
        requestDetailsJson
        masked
        erased
      }
    }
  }
`);

export const ReplyTemplatesQuery = graphql(`
  query StaffLetter_ReplyTemplates($type: LetterType!, $letterId: ID) {
    replyTemplates(type: $type, letterId: $letterId) {
      key
      title
      body
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query StaffLetter_Departments {
    letterDepartments {
      id
      name
    }
  }
`);

export const AssigneesQuery = graphql(`
  query StaffLetter_Assignees($departmentId: ID) {
    letterAssignees(departmentId: $departmentId) {
      id
      displayName
    }
  }
`);

// The steps (LetterPayload: the letter after the step, or why it was refused).

export const StaffLetter_PayloadFragment = graphql(
  `
  fragment StaffLetter_Payload on LetterPayload {
    letter {
      id
      ...StaffLetter_Letter
    }
    error {
      message
      field
    }
  }
`,
  [StaffLetter_LetterFragment],
);

export const RegisterLetterMutation = graphql(
  `
  mutation StaffLetter_Register($letterId: ID!, $input: RegisterLetterInput!) {
    registerLetter(letterId: $letterId, input: $input) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const AssignLetterMutation = graphql(
  `
  mutation StaffLetter_Assign($letterId: ID!, $departmentId: ID!, $handlerId: ID!) {
    assignLetter(letterId: $letterId, departmentId: $departmentId, handlerId: $handlerId) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const ReassignLetterMutation = graphql(
  `
  mutation StaffLetter_Reassign($letterId: ID!, $departmentId: ID!, $handlerId: ID, $reason: String!) {
    reassignLetter(letterId: $letterId, departmentId: $departmentId, handlerId: $handlerId, reason: $reason) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const AcknowledgeLetterMutation = graphql(
  `
  mutation StaffLetter_Acknowledge($letterId: ID!, $note: String) {
    acknowledgeLetter(letterId: $letterId, note: $note) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const PauseLetterMutation = graphql(
  `
  mutation StaffLetter_Pause($letterId: ID!, $kind: LetterPauseKind!, $note: String!) {
    pauseLetter(letterId: $letterId, kind: $kind, note: $note) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const ResumeLetterMutation = graphql(
  `
  mutation StaffLetter_Resume($letterId: ID!, $note: String) {
    resumeLetter(letterId: $letterId, note: $note) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const ExtendLetterMutation = graphql(
  `
  mutation StaffLetter_Extend($letterId: ID!, $days: Int!, $reason: String!) {
    extendLetterDeadline(letterId: $letterId, days: $days, reason: $reason) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const DraftReplyMutation = graphql(
  `
  mutation StaffLetter_DraftReply($letterId: ID!, $text: String!) {
    draftLetterReply(letterId: $letterId, text: $text) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const SubmitReplyMutation = graphql(
  `
  mutation StaffLetter_SubmitReply($letterId: ID!) {
    submitLetterReply(letterId: $letterId) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const ApproveReplyMutation = graphql(
  `
  mutation StaffLetter_ApproveReply($letterId: ID!, $opinion: String) {
    approveLetterReply(letterId: $letterId, opinion: $opinion) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const ReturnReplyMutation = graphql(
  `
  mutation StaffLetter_ReturnReply($letterId: ID!, $opinion: String!) {
    returnLetterReply(letterId: $letterId, opinion: $opinion) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const SendReplyMutation = graphql(
  `
  mutation StaffLetter_SendReply($letterId: ID!) {
    sendLetterReply(letterId: $letterId) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);

export const CloseLetterMutation = graphql(
  `
  mutation StaffLetter_Close($letterId: ID!, $note: String) {
    closeLetter(letterId: $letterId, note: $note) {
      ...StaffLetter_Payload
    }
  }
`,
  [StaffLetter_PayloadFragment],
);
