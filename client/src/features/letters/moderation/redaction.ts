/**
 * The redaction step before a letter is published, on the client: highlight what the server found
 * in each text (letterRedaction), build the text to publish from the maintainer's choices, and
 * tell which findings still stand in the way. The server checks the submitted texts again; this
 * only lets the maintainer see the outcome before pressing 公开.
 */

export interface Finding {
  kind: string;
  text: string;
  /** What the proposal puts in its place. */
  masked: string;
  /** UTF-16 offsets into the original, as JavaScript strings count. */
  start: number;
  end: number;
  /** The writer's own data: it can only be masked, never kept. */
  known: boolean;
}

export interface FieldRedaction {
  original: string;
  proposed: string;
  findings: readonly Finding[];
}

/** A run of the original text; `finding` is the index of the finding it is, or null for plain text. */
export interface Segment {
  text: string;
  finding: number | null;
}

/**
 * Findings that can be applied to the text: in range, where the text really says what the finding
 * says, not overlapping an earlier one. In order of position, with their index in `findings`.
 */
function usable(original: string, findings: readonly Finding[]): Array<{ finding: Finding; index: number }> {
  const sorted = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => original.slice(finding.start, finding.end) === finding.text && finding.end > finding.start)
    .sort((a, b) => a.finding.start - b.finding.start);
  const kept: typeof sorted = [];
  let reached = 0;
  for (const entry of sorted) {
    if (entry.finding.start < reached) continue;
    kept.push(entry);
    reached = entry.finding.end;
  }
  return kept;
}

/** The original cut into plain runs and findings, for highlighting with <mark>. */
export function highlightSegments(original: string, findings: readonly Finding[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { finding, index } of usable(original, findings)) {
    if (finding.start > at) segments.push({ text: original.slice(at, finding.start), finding: null });
    segments.push({ text: finding.text, finding: index });
    at = finding.end;
  }
  if (at < original.length) segments.push({ text: original.slice(at), finding: null });
  return segments;
}

/**
 * The text to publish: the original with every finding masked except those kept as not personal.
 * The writer's own data is masked whatever `kept` says.
 */
export function composeText(original: string, findings: readonly Finding[], kept: readonly number[]): string {
  let out = "";
  let at = 0;
  for (const { finding, index } of usable(original, findings)) {
    const keep = kept.includes(index) && !finding.known;
    out += original.slice(at, finding.start) + (keep ? finding.text : finding.masked);
    at = finding.end;
  }
  return out + original.slice(at);
}

export type FindingState = "masked" | "kept" | "mustMask" | "unresolved";

/**
 * Where a finding stands in the text about to be published: gone (masked), still there and
 * confirmed as not personal (kept), still there and the writer's own (mustMask), or still there
 * with nobody having confirmed it (unresolved: the maintainer typed it back in by hand).
 * Confirmation is by text, as the server takes it: keeping "0771-1234567" once confirms it everywhere.
 */
export function findingState(finding: Finding, text: string, confirmed: ReadonlySet<string>): FindingState {
  if (!text.includes(finding.text)) return "masked";
  if (finding.known) return "mustMask";
  return confirmed.has(finding.text) ? "kept" : "unresolved";
}

/** What the maintainer decided for one text: which findings stay, and the text as it stands. */
export interface FieldDraft {
  kept: number[];
  text: string;
  /** Typed in by hand since it was last built from the choices. */
  edited: boolean;
}

export function initialDraft(field: FieldRedaction): FieldDraft {
  return { kept: [], text: field.proposed, edited: false };
}

/**
 * Keeps (or masks again) one finding. A text the maintainer has not touched is rebuilt from the
 * choices; one edited by hand is left as typed, so no manual change is ever thrown away silently.
 */
export function withKept(draft: FieldDraft, field: FieldRedaction, index: number, keep: boolean): FieldDraft {
  if (field.findings[index]?.known && keep) return draft;
  const kept = keep
    ? [...new Set([...draft.kept, index])].sort((a, b) => a - b)
    : draft.kept.filter((i) => i !== index);
  return draft.edited
    ? { ...draft, kept }
    : { kept, edited: false, text: composeText(field.original, field.findings, kept) };
}

/** Rebuilds the text from the choices, dropping manual edits. */
export function regenerated(draft: FieldDraft, field: FieldRedaction): FieldDraft {
  return { kept: draft.kept, edited: false, text: composeText(field.original, field.findings, draft.kept) };
}

/**
 * publishLetter's confirmedFindings: the texts of the findings kept as not personal, once each.
 * The writer's own data is never sent as confirmed (the server would refuse it anyway).
 */
export function confirmedFindings(fields: ReadonlyArray<{ field: FieldRedaction; draft: FieldDraft }>): string[] {
  const texts = fields.flatMap(({ field, draft }) =>
    draft.kept.flatMap((index) => {
      const finding = field.findings[index];
      return finding && !finding.known ? [finding.text] : [];
    }),
  );
  return [...new Set(texts)];
}

/** How many findings are still in the texts and neither masked nor confirmed. */
export function outstandingCount(fields: ReadonlyArray<{ field: FieldRedaction; draft: FieldDraft }>): number {
  const confirmed = new Set(confirmedFindings(fields));
  return fields.reduce(
    (sum, { field, draft }) =>
      sum +
      field.findings.filter((finding) => {
        const state = findingState(finding, draft.text, confirmed);
        return state === "mustMask" || state === "unresolved";
      }).length,
    0,
  );
}

/**
 * The findings of a refusal that its message does not already name (it names those staff may
 * confirm; the writer's own data it names by kind only), so the page lists each once.
 */
export function unmentioned<T extends { text: string }>(message: string, findings: readonly T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (message.includes(finding.text) || seen.has(finding.text)) return false;
    seen.add(finding.text);
    return true;
  });
}
