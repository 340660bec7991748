import { Injectable } from '@nestjs/common';
import { LANGUAGES, type AgeBand, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { responseLayout, type ResponseLayout } from '@stemme/responses';
import type { ReceiptHelp } from '@stemme/studies';
import { LinksRepository } from './links.repository';
import type { SurveyLink } from './survey-link.entity';

/** What answering through one link needs: the link, its frozen version, the study's settings. */
export interface FormContext {
  link: Readonly<SurveyLink>;
  definition: QuestionnaireDefinition;
  layout: ResponseLayout;
  title: string;
  /** The study's languages that the version has texts in, bokmål first. */
  languages: Language[];
  ageBands: AgeBand[];
  unfinishedExpiryDays: number;
  /** The study's help text and links for the receipt. */
  receiptHelp: ReceiptHelp;
  /** The questionnaire's (first) municipality question, if it has one. */
  municipalityVariable: string | undefined;
  /** Questions the link answers itself: the municipality question of a per-municipality link. */
  skipVariables: string[];
  /** The age and year-of-birth questions in questionnaire order: the first answered gives the age. */
  ageQuestions: AgeQuestionRef[];
}

export interface AgeQuestionRef {
  variable: string;
  type: 'age' | 'year_of_birth';
}

/** Long enough to spare the database under a rush, short enough for a change to reach every instance soon. */
export const FORM_CONTEXT_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Links by token, kept in memory for a few seconds: a rush of respondents costs one query per
 * link, not one per request. A change through this instance takes effect at once (invalidate);
 * other instances see it within FORM_CONTEXT_TTL_MS. Unknown tokens are remembered too, so
 * guessing does not reach the database.
 */
@Injectable()
export class FormContextCache {
  private readonly entries = new Map<string, { context: Promise<FormContext | null>; expiresAt: number }>();

  constructor(private readonly links: LinksRepository) {}

  get(token: string): Promise<FormContext | null> {
    const now = Date.now();
    const cached = this.entries.get(token);
    if (cached && cached.expiresAt > now) return cached.context;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const context = this.load(token);
    this.entries.set(token, { context, expiresAt: now + FORM_CONTEXT_TTL_MS });
    context.catch(() => this.entries.delete(token));
    return context;
  }

  invalidate(token: string): void {
    this.entries.delete(token);
  }

  private async load(token: string): Promise<FormContext | null> {
    const row = await this.links.findFormContext(token);
    if (!row || row.versionStatus !== 'published') return null;
    const { link, definition } = row;
    const questions = definition.pages.flatMap((page) => page.questions);
    const municipalityVariable = questions.find((question) => question.type === 'municipality')?.variable;
    const ageQuestions = questions.flatMap((question): AgeQuestionRef[] =>
      question.type === 'age' || question.type === 'year_of_birth' ? [{ variable: question.variable, type: question.type }] : [],
    );
    return {
      link,
      definition,
      layout: responseLayout(definition),
      title: row.questionnaireTitle,
      languages: LANGUAGES.filter((language) => language === 'nb' || (row.studyLanguages.includes(language) && definition.languages.includes(language))),
      ageBands: row.ageBands,
      unfinishedExpiryDays: row.unfinishedExpiryDays,
      receiptHelp: row.receiptHelp,
      municipalityVariable,
      skipVariables: link.municipalityCode !== null && municipalityVariable ? [municipalityVariable] : [],
      ageQuestions,
    };
  }
}
