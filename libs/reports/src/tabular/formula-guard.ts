/**
 * Spreadsheet programs treat text that starts with one of these as a formula when they parse
 * text (CSV, or a user pressing F2 + Enter): "formula injection" (OWASP: CSV injection).
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/**
 * Makes text that a spreadsheet would parse as a formula into inert text by prefixing an
 * apostrophe, as OWASP recommends for CSV. An xlsx writer does not need this: it stores such
 * text as a typed string cell, which Excel never evaluates.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
