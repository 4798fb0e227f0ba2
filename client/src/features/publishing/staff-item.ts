import { graphql } from "../../lib/graphql";
import { RegistrationTable_ReviewRecordFragment } from "./registration-table";

/**
 * Everything the review page shows of an item. Every workflow mutation selects it too, so the
 * page (status, pending sign-offs, registration form) updates from the mutation's own answer.
 */
export const StaffItem_ContentItemFragment = graphql(
  `
  fragment StaffItem_ContentItem on ContentItem {
    id
    kind
    status
    draftStage
    title
    summary
    body
    coverImageUrl
    tags
    important
    pendingSignOffs
    scheduledAt
    publishedAt
    withdrawnAt
    withdrawReason
    expiredAt
    reviewBy
    timeliness
    emergencyReason
    emergencyApprovedAt
    attachments {
      name
      url
      size
      mimeType
    }
    column {
      id
      name
      slug
    }
    author {
      id
      displayName
    }
    disclosure {
      indexNumber
      documentNumber
      issuingOrgan
      validity
      replacedBy {
        id
        title
        disclosure {
          indexNumber
        }
      }
    }
    publicity {
      isOpen
      daysLeft
      opensAt
      closesAt
      commentCount
    }
    liveRevision {
      id
      number
      title
      createdAt
    }
    draft {
      id
      number
      title
      summary
      body
      coverImageUrl
      tags
      attachmentsJson
      changeNote
      major
      createdAt
      createdBy {
        id
        displayName
      }
    }
    registrationForm {
      id
      ...RegistrationTable_ReviewRecord
    }
  }
`,
  [RegistrationTable_ReviewRecordFragment],
);

/**
 * What every workflow step answers: the item as the review page shows it, or why the step was
 * refused. Selected once here so the steps below differ only in their name and arguments.
 */
export const StaffItem_WorkflowPayloadFragment = graphql(
  `
  fragment StaffItem_WorkflowPayload on WorkflowPayload {
    item {
      id
      ...StaffItem_ContentItem
    }
    error {
      message
      field
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

// One document per step; each answers StaffItem_WorkflowPayload.

export const SubmitMutation = graphql(
  `
  mutation StaffItem_Submit($itemId: ID!) {
    submitContentItem(itemId: $itemId) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const SignOffMutation = graphql(
  `
  mutation StaffItem_SignOff($itemId: ID!, $input: SignOffInput!) {
    signOffContentItem(itemId: $itemId, input: $input) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const PublishMutation = graphql(
  `
  mutation StaffItem_Publish($itemId: ID!, $at: DateTime) {
    publishContentItem(itemId: $itemId, at: $at) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const CancelScheduleMutation = graphql(
  `
  mutation StaffItem_CancelSchedule($itemId: ID!) {
    cancelScheduledPublication(itemId: $itemId) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const WithdrawMutation = graphql(
  `
  mutation StaffItem_Withdraw($itemId: ID!, $reason: String!, $remove: Boolean) {
    withdrawContentItem(itemId: $itemId, reason: $reason, remove: $remove) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const ExpireMutation = graphql(
  `
  mutation StaffItem_Expire($itemId: ID!, $note: String) {
    expireContentItem(itemId: $itemId, note: $note) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const EmergencyPublishMutation = graphql(
  `
  mutation StaffItem_EmergencyPublish($itemId: ID!, $reason: String!) {
    emergencyPublishContentItem(itemId: $itemId, reason: $reason) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const ApproveEmergencyMutation = graphql(
  `
  mutation StaffItem_ApproveEmergency($itemId: ID!, $opinion: String) {
    approveEmergencyPublication(itemId: $itemId, opinion: $opinion) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const ConfirmTimelinessMutation = graphql(
  `
  mutation StaffItem_ConfirmTimeliness($itemId: ID!, $until: DateTime) {
    confirmContentTimeliness(itemId: $itemId, until: $until) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

export const SetValidityMutation = graphql(
  `
  mutation StaffItem_SetValidity($itemId: ID!, $validity: Validity!, $replacedBy: ID, $note: String) {
    setDisclosureValidity(itemId: $itemId, validity: $validity, replacedBy: $replacedBy, note: $note) {
      ...StaffItem_WorkflowPayload
    }
  }
`,
  [StaffItem_WorkflowPayloadFragment],
);

/** 有效性: published disclosure items the document could be replaced by, found by title, 索引号 or 文号. */
export const ReplacementCandidatesQuery = graphql(`
  query StaffItem_ReplacementCandidates($itemId: ID!, $search: String!) {
    replacementCandidates(itemId: $itemId, search: $search) {
      id
      title
      publishedAt
      disclosure {
        indexNumber
        documentNumber
        validity
      }
    }
  }
`);
