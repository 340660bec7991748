/**
 * A small, careful reader for the HTML this library writes, for unit tests. It reads start tags
 * and their attributes only. That is enough because every attribute value is written in double
 * quotes and escaped, so no value holds `"` or `>`; the browser tests check the real DOM.
 */
export interface StartTag {
  name: string;
  attributes: Record<string, string>;
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;

export function startTags(html: string): StartTag[] {
  return [...html.matchAll(START_TAG)].map(([, name, attributeText]) => ({
    name: name.toLowerCase(),
    attributes: Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, attribute, value]) => [attribute.toLowerCase(), decodeEntities(value ?? '')])),
  }));
}

export function tagsNamed(html: string, ...names: string[]): StartTag[] {
  return startTags(html).filter((tag) => names.includes(tag.name));
}

export function ids(html: string): string[] {
  return startTags(html)
    .map((tag) => tag.attributes.id)
    .filter((id): id is string => id !== undefined);
}

/** Inputs a person fills in: not hidden fields, not buttons. */
export function formControls(html: string): StartTag[] {
  return startTags(html).filter((tag) => (tag.name === 'input' && tag.attributes.type !== 'hidden') || tag.name === 'select' || tag.name === 'textarea');
}

export function labelTargets(html: string): Set<string> {
  return new Set(tagsNamed(html, 'label').map((tag) => tag.attributes.for));
}

/** The text between `<name ...>` and its closing tag, for elements that do not nest. */
export function innerTexts(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'g'))].map(([, inner]) => textOf(inner));
}

export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity] ?? '');
}
