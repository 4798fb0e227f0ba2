// 办事指南 as the editor's form holds it, and its conversions to and from the JSON the server
// validates (server/src/modules/guides/guide-details.ts): the key elements, each a field or a list
// of rows, and the counted days of the steps.
import { type Checks, isBlankRow, type Json, optional, parseNumber, rows, str, without } from "./details-json";

export interface LegalBasisRow {
  law: string;
  article: string;
}
export interface ConditionRow {
  text: string;
}
export interface MaterialRow {
  name: string;
  form: string;
  copies: string;
  required: boolean;
  note: string;
  templateUrl: string;
  sampleUrl: string;
}
export interface StepRow {
  name: string;
  actor: string;
  description: string;
  days: string;
  outcome: string;
  excludedFromLimit: boolean;
}
export interface FeeRow {
  name: string;
  amount: string;
  basis: string;
}
export interface FaqRow {
  question: string;
  answer: string;
}
export interface RelatedLawRow {
  name: string;
  url: string;
}

export interface GuideForm {
  kind: "GUIDE";
  slug: string;
  itemName: string;
  category: string;
  implementingOrgan: string;
  legalBasis: LegalBasisRow[];
  conditions: ConditionRow[];
  materials: MaterialRow[];
  steps: StepRow[];
  statutoryDays: string;
  promisedDays: string;
  fees: FeeRow[];
  officeAddress: string;
  officeHours: string;
  phone: string;
  onlineUrl: string;
  faq: FaqRow[];
  relatedLaws: RelatedLawRow[];
  /** Keys the form does not know: passed through, so that the server names them. */
  rest: Record<string, unknown>;
}

/** The names numbers are given in messages (from the feature's strings). */
export interface GuideNumberLabels {
  copies: string;
  days: string;
  statutoryDays: string;
  promisedDays: string;
}

export const emptyLegalBasis = (): LegalBasisRow => ({ law: "", article: "" });
export const emptyCondition = (): ConditionRow => ({ text: "" });
export const emptyMaterial = (): MaterialRow => ({
  name: "",
  form: "ORIGINAL",
  copies: "1",
  required: true,
  note: "",
  templateUrl: "",
  sampleUrl: "",
});
export const emptyStep = (): StepRow => ({
  name: "",
  actor: "",
  description: "",
  days: "",
  outcome: "",
  excludedFromLimit: false,
});
export const emptyFee = (): FeeRow => ({ name: "", amount: "", basis: "" });
export const emptyFaq = (): FaqRow => ({ question: "", answer: "" });
export const emptyRelatedLaw = (): RelatedLawRow => ({ name: "", url: "" });

/** Working days of the steps that count towards the promised limit (as the server sums them). */
export function countedStepDays(steps: readonly StepRow[]): number {
  return steps.reduce((sum, step) => {
    const days = parseNumber(step.days);
    return sum + (step.excludedFromLimit || days === undefined || Number.isNaN(days) ? 0 : days);
  }, 0);
}

// ---------------------------------------------------------------------------------------------
// Server JSON → form

const GUIDE_FORM_KEYS = [
  "slug",
  "itemName",
  "category",
  "implementingOrgan",
  "legalBasis",
  "conditions",
  "materials",
  "steps",
  "statutoryDays",
  "promisedDays",
  "fees",
  "officeAddress",
  "officeHours",
  "phone",
  "onlineUrl",
  "faq",
  "relatedLaws",
];

export function guideFormFromJson(source: Json): GuideForm {
  return {
    kind: "GUIDE",
    slug: str(source.slug),
    itemName: str(source.itemName),
    category: str(source.category),
    implementingOrgan: str(source.implementingOrgan),
    legalBasis: rows(source.legalBasis).map((b) => ({ law: str(b.law), article: str(b.article) })),
    conditions: (Array.isArray(source.conditions) ? source.conditions : []).map((c) => ({ text: str(c) })),
    materials: rows(source.materials).map((m) => ({
      name: str(m.name),
      form: str(m.form) || "ORIGINAL",
      copies: str(m.copies) || "1",
      required: m.required !== false,
      note: str(m.note),
      templateUrl: str(m.templateUrl),
      sampleUrl: str(m.sampleUrl),
    })),
    steps: rows(source.steps).map((s) => ({
      name: str(s.name),
      actor: str(s.actor),
      description: str(s.description),
      days: str(s.days),
      outcome: str(s.outcome),
      excludedFromLimit: s.excludedFromLimit === true,
    })),
    statutoryDays: str(source.statutoryDays),
    promisedDays: str(source.promisedDays),
    fees: rows(source.fees).map((f) => ({ name: str(f.name), amount: str(f.amount), basis: str(f.basis) })),
    officeAddress: str(source.officeAddress),
    officeHours: str(source.officeHours),
    phone: str(source.phone),
    onlineUrl: str(source.onlineUrl),
    faq: rows(source.faq).map((f) => ({ question: str(f.question), answer: str(f.answer) })),
    relatedLaws: rows(source.relatedLaws).map((l) => ({ name: str(l.name), url: str(l.url) })),
    rest: without(source, GUIDE_FORM_KEYS),
  };
}

// ---------------------------------------------------------------------------------------------
// Form → server JSON

/** The form without rows left entirely blank (a material's form and copies have defaults). */
export function compactGuideForm(form: GuideForm): GuideForm {
  return {
    ...form,
    legalBasis: form.legalBasis.filter((r) => !isBlankRow(r)),
    conditions: form.conditions.filter((r) => !isBlankRow(r)),
    materials: form.materials.filter((r) => !isBlankRow(r, ["form", "copies"])),
    steps: form.steps.filter((r) => !isBlankRow(r)),
    fees: form.fees.filter((r) => !isBlankRow(r)),
    faq: form.faq.filter((r) => !isBlankRow(r)),
    relatedLaws: form.relatedLaws.filter((r) => !isBlankRow(r)),
  };
}

export function guideDetailsJson(form: GuideForm, { number }: Checks, labels: GuideNumberLabels): Json {
  return {
    ...form.rest,
    ...(optional(form.slug) === undefined ? {} : { slug: optional(form.slug) }),
    itemName: form.itemName.trim(),
    category: form.category.trim(),
    implementingOrgan: form.implementingOrgan.trim(),
    legalBasis: form.legalBasis.map((b) => ({ law: b.law.trim(), article: optional(b.article) ?? null })),
    conditions: form.conditions.map((c) => c.text.trim()),
    materials: form.materials.map((m, i) => ({
      name: m.name.trim(),
      form: m.form || "ORIGINAL",
      copies: number(m.copies, `materials.${i}.copies`, labels.copies, true) ?? 1,
      required: m.required,
      note: m.note.trim(),
      templateUrl: optional(m.templateUrl) ?? null,
      sampleUrl: optional(m.sampleUrl) ?? null,
    })),
    steps: form.steps.map((s, i) => ({
      name: s.name.trim(),
      actor: s.actor.trim(),
      description: s.description.trim(),
      days: number(s.days, `steps.${i}.days`, labels.days, true) ?? 0,
      outcome: s.outcome.trim(),
      excludedFromLimit: s.excludedFromLimit,
    })),
    statutoryDays: number(form.statutoryDays, "statutoryDays", labels.statutoryDays, true) ?? null,
    promisedDays: number(form.promisedDays, "promisedDays", labels.promisedDays, true) ?? null,
    fees: form.fees.map((f) => ({ name: f.name.trim(), amount: f.amount.trim(), basis: f.basis.trim() })),
    officeAddress: form.officeAddress.trim(),
    officeHours: form.officeHours.trim(),
    phone: form.phone.trim(),
    onlineUrl: optional(form.onlineUrl) ?? null,
    faq: form.faq.map((f) => ({ question: f.question.trim(), answer: f.answer.trim() })),
    relatedLaws: form.relatedLaws.map((l) => ({ name: l.name.trim(), url: optional(l.url) ?? null })),
  };
}
