import type { FormContext } from '@stemme/distribution';
import { LANGUAGES, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import type { FormResponseDto } from '../dto/respondent-api.dto';
import type { Municipalities } from '../support/municipality-directory';

/** The form for one link in one language, for JSON clients. */
export function describeForm(context: FormContext, language: Language, municipalities: Municipalities): FormResponseDto {
  const linkCode = context.link.municipalityCode;
  const asksMunicipality = context.municipalityVariable !== undefined && context.skipVariables.length === 0;
  const municipality = linkCode === null ? null : municipalities.options.find((option) => option.code === linkCode) ?? null;
  return {
    title: context.title,
    language,
    languages: context.languages,
    link: { kind: context.link.kind, municipality, invitationOnly: context.link.invitationOnly },
    skippedVariables: context.skipVariables,
    definition: localize(context.definition, language),
    ...(asksMunicipality ? { municipalities: municipalities.options } : {}),
  };
}

/** Every `{ nb, nn, en }` text replaced by the text in one language (bokmål where it is missing). */
export function localize(definition: QuestionnaireDefinition, language: Language): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key, text]) => (LANGUAGES as readonly string[]).includes(key) && typeof text === 'string')) {
      const texts = value as Partial<Record<Language, string>>;
      return texts[language] ?? texts.nb ?? '';
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, key === 'languages' ? inner : walk(inner)]));
  };
  return walk(definition);
}
