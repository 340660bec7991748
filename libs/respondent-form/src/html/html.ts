/**
 * A tagged template that escapes every interpolated value unless it is already `SafeHtml`, so
 * text from a questionnaire or a caller can never become markup. Attribute values in templates
 * are always written in double quotes; escaping `"` and `'` keeps them closed.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let result = strings[0];
  values.forEach((value, index) => {
    result += render(value) + strings[index + 1];
  });
  return new SafeHtml(result);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export type AttributeValue = string | number | boolean | null | undefined;

/**
 * Optional attributes: ` name="value"` for text and numbers, ` name` for true, nothing for
 * false, null or undefined.
 */
export function attributes(values: Record<string, AttributeValue>): SafeHtml {
  let result = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === true) result += ` ${name}`;
    else if (value !== false && value !== null && value !== undefined) result += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new SafeHtml(result);
}

/** Space-separated ids for `aria-describedby`; undefined when there are none. */
export function idList(...ids: Array<string | undefined | false>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
