/**
 * The form's own fields. Answers are posted under their variable names, which start with a
 * letter; the form's own fields start with an underscore, so they can never collide.
 */
export const CSRF_FIELD = '_csrf';
export const ACTION_FIELD = '_action';
export const PAGE_FIELD = '_page';
/** The live questions that were on screen when the form was sent, space-separated. */
export const SHOWN_FIELD = '_shown';

export const FORM_ACTIONS = ['next', 'back', 'save', 'submit'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

/** A parsed `application/x-www-form-urlencoded` body: repeated names give a list. */
export type FormBody = Readonly<Record<string, string | readonly string[] | undefined>>;

/** One message per field variable, in the respondent's language. */
export type FieldProblems = Readonly<Record<string, string>>;

/** Reads a field the page itself sent; never a property inherited by a plain object. */
export function bodyValue(body: FormBody, name: string): string | readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined;
}

export function firstBodyValue(body: FormBody, name: string): string | undefined {
  const value = bodyValue(body, name);
  return typeof value === 'string' ? value : value?.[0];
}

/** The message for one field, if any; safe for variable names such as `constructor`. */
export function problemFor(problems: FieldProblems | undefined, variable: string): string | undefined {
  return problems && Object.prototype.hasOwnProperty.call(problems, variable) ? problems[variable] : undefined;
}
