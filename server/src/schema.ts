// Imports every domain's types and fields, then builds the schema. Nothing else.
import { builder } from "./builder.js";
import "./modules/accounts/accounts.schema.js";
import "./modules/content/column.schema.js";
import "./modules/content/content.schema.js";
import "./modules/content/search/search.schema.js";
import "./modules/publishing/publishing.schema.js";
import "./modules/publishing/workflow.schema.js";
import "./modules/content/disclosure.schema.js";
import "./modules/content/publicity.schema.js";
import "./modules/guides/guides.schema.js";
import "./modules/topics/topics.schema.js";
import "./modules/operations/duty-roster.schema.js";
import "./modules/letters/citizen/citizen.schema.js";
import "./modules/letters/letters.citizen-staff.schema.js";
import "./modules/letters/letters.staff.schema.js";
import "./modules/letters/letters.inbox.schema.js";
import "./modules/letters/letters.publicity.schema.js";
import "./modules/letters/letters.actions.schema.js";
import "./modules/letters/reminders.schema.js";
import "./modules/letters/statistics.schema.js";
import "./modules/calendar/calendar.schema.js";
import "./modules/security/audit.schema.js";
import "./modules/projects/projects.schema.js";
import "./modules/projects/projects-import.schema.js";

export const schema = builder.toSchema({ sortSchema: true });
