/**
 * Reply templates mark what the handler must still write with 【…】 (【答复内容】, 【主管部门】).
 * A draft may keep them while it is worked on; a reply going to review or to the writer may not.
 */
const PLACEHOLDER = /【[^】]*】/g;

/** The 【…】 parts still in the text, in order (empty when the reply is complete). */
export function unfilledPlaceholders(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}
