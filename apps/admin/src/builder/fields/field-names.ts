import type { MessageKey } from '../../i18n/dictionary';
import type { Translate, UiLanguage } from '../../i18n/i18n';

const SIMPLE: Record<string, MessageKey> = {
  text: 'where.text',
  help: 'where.help',
  variable: 'where.variable',
  options: 'where.options',
  items: 'where.items',
  'scale.points': 'where.points',
  'scale.lowLabel': 'where.lowLabel',
  'scale.highLabel': 'where.highLabel',
  'scale.dontKnow.code': 'where.dontKnowCode',
  'scale.dontKnow.label': 'where.dontKnowLabel',
  min: 'where.min',
  max: 'where.max',
  minAge: 'where.min',
  maxAge: 'where.max',
  minSelections: 'where.minSelections',
  maxSelections: 'where.maxSelections',
  maxLength: 'where.maxLength',
  numberType: 'where.numberType',
  title: 'where.pageTitle',
  id: 'where.pageId',
};

/**
 * What part of a question or page a problem is about, in words: "påstand 2 (bokmål)", so that a
 * list of "Teksten mangler" still says which text. Empty for the question or page as a whole.
 */
export function describeField(field: string, t: Translate, uiLanguage: UiLanguage): string {
  const language = field.match(/\.(nb|nn|en)$/)?.[1] as 'nb' | 'nn' | 'en' | undefined;
  const base = language ? field.slice(0, -3) : field;
  const name = language ? t(`language.${language}`) : '';
  const inLanguage = language ? ` (${uiLanguage === 'nb' ? name.toLowerCase() : name})` : '';
  const row = base.match(/^(options|items)\[(\d+)\]\.(label|text|code|variable)$/);
  if (row) {
    const n = Number(row[2]) + 1;
    const kind = row[1] === 'options' ? 'option' : 'item';
    if (row[3] === 'code') return t(`where.${kind}Code`, { n });
    if (row[3] === 'variable') return t('where.itemVariable', { n });
    return t(`where.${kind}`, { n }) + inLanguage;
  }
  if (base.startsWith('condition')) return t('where.condition');
  const key = SIMPLE[base];
  return key ? t(key) + inLanguage : '';
}
