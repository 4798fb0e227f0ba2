import { formatDate, formatDateTime } from "../../lib/dates";
import { formatRoleList } from "../accounts/roles";
import { toCsv } from "./csv";
import { publishingStrings } from "./strings";

/**
 * 信息发布审核登记表: the lines of the registration form as the bureau reads them, in Chinese,
 * times in Beijing time. One function feeds the on-screen table, the print view and the CSV.
 */
export interface ReviewRecordLike {
  id: string;
  step: string;
  decision: string;
  opinion: string | null;
  actorName: string | null;
  actorRoles: string | null;
  at: string;
  checklistJson: string | null;
  revision?: { number: number } | null;
}

export interface RegistrationRow {
  id: string;
  step: string;
  decision: string;
  decisionCode: string;
  opinion: string;
  person: string;
  roles: string;
  time: string;
  at: string;
  revision: string;
}

const strings = publishingStrings;

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;

function checklistText(json: string | null): string {
  if (!json) return "";
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return "";
  }
  if (typeof parsed !== "object" || parsed === null) return "";
  const values = parsed as Record<string, unknown>;
  const items = Object.entries(strings.checklist).map(([key, text]) => `${values[key] === true ? "☑" : "☐"}${text}`);
  return `${strings.form.checklist}：${items.join(" ")}`;
}

/** Steps whose `opinion` holds a time the server wrote, not words a person wrote. */
function opinionText(record: ReviewRecordLike): string {
  const opinion = record.opinion?.trim() ?? "";
  if (record.step === "SCHEDULE" && opinion) return strings.form.scheduleFor(formatDateTime(opinion) || opinion);
  if (record.step === "TIMELINESS_CONFIRM" && opinion)
    return strings.form.confirmedUntil(formatDate(opinion) || opinion);
  return opinion;
}

export function registrationRows(records: readonly ReviewRecordLike[]): RegistrationRow[] {
  return records.map((record) => ({
    id: record.id,
    step: label(strings.steps, record.step),
    decision: label(strings.decisions, record.decision),
    decisionCode: record.decision,
    opinion: [opinionText(record), checklistText(record.checklistJson)].filter(Boolean).join("；"),
    person: record.actorName ?? strings.system,
    roles: record.actorRoles ? formatRoleList(record.actorRoles) : "",
    time: formatDateTime(record.at),
    at: record.at,
    revision: record.revision ? strings.form.revision(record.revision.number) : "",
  }));
}

export interface RegistrationHeader {
  title: string;
  indexNumber?: string | null | undefined;
  kind: string;
  column: string;
  author?: string | null | undefined;
}

/** The CSV export: a header block naming the bureau and the item, then the table. */
export function registrationCsv(header: RegistrationHeader, records: readonly ReviewRecordLike[]): string {
  const f = strings.form;
  const rows: Array<Array<string | null | undefined>> = [
    [strings.bureauName, f.title],
    [f.item, header.title],
    ...(header.indexNumber ? [[f.indexNumber, header.indexNumber]] : []),
    [f.kind, header.kind],
    [f.column, header.column],
    ...(header.author ? [[f.author, header.author]] : []),
    [],
    [...f.columns, f.csvRevision],
    ...registrationRows(records).map((r) => [r.step, r.decision, r.opinion, r.person, r.roles, r.time, r.revision]),
  ];
  return toCsv(rows);
}
