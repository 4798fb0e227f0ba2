// PROJECT items in the publishing workflow (content/item-details.ts): how their details are
// checked, what review needs, what publication projects and what search indexes.
import type { ItemDetailsKind } from "../content/item-details.js";
import {
  missingProjectElements,
  type ProjectDetails,
  projectDetailsSchema,
  projectLinks,
  projectSearchText,
} from "./project-details.js";
import { checkProjectOnSave, projectLive } from "./projection.js";

export const projectDetails: ItemDetailsKind<ProjectDetails> = {
  kind: "PROJECT",
  schema: projectDetailsSchema,
  missingForReview: missingProjectElements,
  onLive: projectLive,
  searchText: projectSearchText,
  checkOnSave: checkProjectOnSave,
  links: projectLinks,
};
