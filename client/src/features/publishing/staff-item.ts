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

// One document per step; each answers the item (as the review page shows it) or a refusal.

export const SubmitMutation = graphql(
  `
  mutation StaffItem_Submit($itemId: ID!) {
    submitContentItem(itemId: $itemId) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const SignOffMutation = graphql(
  `
  mutation StaffItem_SignOff($itemId: ID!, $input: SignOffInput!) {
    signOffContentItem(itemId: $itemId, input: $input) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const PublishMutation = graphql(
  `
  mutation StaffItem_Publish($itemId: ID!, $at: DateTime) {
    publishContentItem(itemId: $itemId, at: $at) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const CancelScheduleMutation = graphql(
  `
  mutation StaffItem_CancelSchedule($itemId: ID!) {
    cancelScheduledPublication(itemId: $itemId) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const WithdrawMutation = graphql(
  `
  mutation StaffItem_Withdraw($itemId: ID!, $reason: String!, $remove: Boolean) {
    withdrawContentItem(itemId: $itemId, reason: $reason, remove: $remove) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const ExpireMutation = graphql(
  `
  mutation StaffItem_Expire($itemId: ID!, $note: String) {
    expireContentItem(itemId: $itemId, note: $note) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const EmergencyPublishMutation = graphql(
  `
  mutation StaffItem_EmergencyPublish($itemId: ID!, $reason: String!) {
    emergencyPublishContentItem(itemId: $itemId, reason: $reason) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const ApproveEmergencyMutation = graphql(
  `
  mutation StaffItem_ApproveEmergency($itemId: ID!, $opinion: String) {
    approveEmergencyPublication(itemId: $itemId, opinion: $opinion) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

export const ConfirmTimelinessMutation = graphql(
  `
  mutation StaffItem_ConfirmTimeliness($itemId: ID!, $until: DateTime) {
    confirmContentTimeliness(itemId: $itemId, until: $until) {
      item {
        id
        ...StaffItem_ContentItem
      }
      error {
        message
        field
      }
    }
  }
`,
  [StaffItem_ContentItemFragment],
);
