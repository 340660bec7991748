import { Injectable } from '@nestjs/common';
import { osloDate } from '@stemme/distribution';
import type { AuthenticatedUser } from '@stemme/identity';
import { BadInputError, NotFoundError, UnprocessableError } from '@stemme/platform';
import { LANGUAGES, type Answers, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import {
  firstPageId,
  loadFormAssets,
  pageNavigation,
  PAGE_FIELD,
  firstBodyValue,
  pagePostOutcome,
  renderFormPage,
  renderReceipt,
  helpIn,
  type StudyHelp,
  visiblePages,
  type FieldProblems,
} from '@stemme/respondent-form';
import { QuestionnairesRepository } from '@stemme/studies';
import { MunicipalityDirectory, type Municipalities } from '../respondent/support/municipality-directory';
import { StudiesService } from '../studies/studies.service';
import { PreviewResponseDto, RenderPreviewDto } from './dto/preview.dto';
import { previewAnswers, previewFormBody } from './preview-input';

interface PageView {
  pageId: string;
  answers: Answers;
  problems?: FieldProblems;
  rawText?: Record<string, string>;
  newQuestions?: string[];
}

/** The form's links lead nowhere in a preview; the builder catches these and acts on them. */
const PREVIEW_FORM_ACTION = '#preview-form';
export const PREVIEW_LANGUAGE_HREF = (language: Language): string => `#preview-language-${language}`;
const PREVIEW_RESUME_HREF = '#preview-resume';

/**
 * Renders a version for the builder with the respondent form's own functions, so designers see
 * what respondents get: the same pages, conditions, checks and "Neste"/"Tilbake". A post is read
 * with `pagePostOutcome`, as the real form reads it, but nothing is stored: the answers travel
 * back and forth with the builder, and the last page answers with the receipt.
 */
@Injectable()
export class PreviewService {
  constructor(
    private readonly questionnaires: QuestionnairesRepository,
    private readonly studies: StudiesService,
    private readonly municipalities: MunicipalityDirectory,
  ) {}

  async render(user: AuthenticatedUser, versionId: string, input: RenderPreviewDto): Promise<PreviewResponseDto> {
    const found = await this.questionnaires.findVersionWithStudy(versionId);
    if (!found) throw new NotFoundError(`No questionnaire version has the id ${versionId}`);
    const study = await this.studies.getForChange(user, found.studyId);
    const definition = found.version.definition;
    if (!Array.isArray(definition.pages) || definition.pages.length === 0) {
      throw new UnprocessableError('The questionnaire has no pages yet', [{ path: '$.pages', message: 'Add a page to see a preview' }]);
    }
    // As respondents get it: bokmål, and the study's other languages the questionnaire has.
    const languages = LANGUAGES.filter((language) => language === 'nb' || (study.languages.includes(language) && definition.languages.includes(language)));
    if (!languages.includes(input.language)) {
      throw new UnprocessableError(`Respondents cannot choose the language ${input.language} in this study`, [{ path: 'language', message: `One of ${languages.join(', ')}` }]);
    }
    const given = previewAnswers(definition, input.answers ?? {});
    const form = previewFormBody(input.form ?? {});
    const problems = [...given.problems, ...form.problems];
    if (problems.length) throw new BadInputError('The answers or fields are not what a form sends', problems);

    try {
      return await this.respond(definition, found.title, input.language, languages, study.receiptHelp, given.answers, input.form ? form.body : undefined, input.pageId);
    } catch (error) {
      if (error instanceof UnprocessableError || error instanceof BadInputError) throw error;
      // A draft may be unfinished in ways the renderer cannot show (the builder lists the problems).
      throw new UnprocessableError('The draft cannot be shown yet: fix the problems the builder lists, and try again');
    }
  }

  private async respond(
    definition: QuestionnaireDefinition,
    title: string,
    language: Language,
    languages: Language[],
    receiptHelp: StudyHelp,
    answers: Answers,
    body: Parameters<typeof pagePostOutcome>[0]['body'] | undefined,
    requestedPageId: string | undefined,
  ): Promise<PreviewResponseDto> {
    const register = await this.municipalities.get();
    const hasPage = (pageId: string | undefined): pageId is string => pageId !== undefined && definition.pages.some((page) => page.id === pageId);
    const base = { definition, title, language, languages, register, receiptHelp };

    if (body) {
      const pageId = firstBodyValue(body, PAGE_FIELD);
      if (!hasPage(pageId)) throw new UnprocessableError('The form names a page the questionnaire does not have', [{ path: `form.${PAGE_FIELD}`, message: 'Not a page of this version' }]);
      const outcome = pagePostOutcome({ definition, pageId, body, language, savedAnswers: answers, today: osloDate(), knownMunicipalities: register.current });
      switch (outcome.kind) {
        case 'go_to_page':
          return this.page(base, { pageId: outcome.pageId, answers: outcome.save }, outcome.save);
        case 'show_page':
          return this.page(base, outcome.page, outcome.save);
        case 'save_for_later':
          return { ...(await this.page(base, { pageId, answers: outcome.save }, outcome.save)), notice: 'save_for_later' };
        case 'submit':
          return this.receipt(base, pageId, outcome.save);
      }
    }
    if (requestedPageId !== undefined && !hasPage(requestedPageId)) {
      throw new UnprocessableError(`The questionnaire has no page "${requestedPageId}"`, [{ path: 'pageId', message: 'Not a page of this version' }]);
    }
    const pageId = requestedPageId ?? firstPageId(definition, answers) ?? definition.pages[0].id;
    return this.page(base, { pageId, answers }, answers);
  }

  private async page(base: RenderBase, view: PageView, keep: Answers): Promise<PreviewResponseDto> {
    const { definition, language } = base;
    const navigation = pageNavigation(definition, view.answers, view.pageId);
    const assets = await loadFormAssets();
    const html = renderFormPage({
      definition,
      pageId: view.pageId,
      language,
      languages: base.languages,
      answers: view.answers,
      problems: view.problems,
      rawText: view.rawText,
      newQuestions: view.newQuestions,
      csrfToken: 'preview',
      formAction: PREVIEW_FORM_ACTION,
      studyTitle: base.title,
      progress: navigation,
      canGoBack: !navigation.isFirstPage,
      resumeAvailable: true,
      municipalities: base.register.options,
      languageHref: PREVIEW_LANGUAGE_HREF,
      resumeEntryHref: PREVIEW_RESUME_HREF,
      cssUrl: `/s/assets/form.${assets.cssVersion}.css`,
      scriptUrl: `/s/assets/form.${assets.scriptVersion}.js`,
    });
    return this.describe(base, html, view.pageId, navigation, keep, false);
  }

  private async receipt(base: RenderBase, lastPageId: string, keep: Answers): Promise<PreviewResponseDto> {
    const assets = await loadFormAssets();
    const html = renderReceipt({ language: base.language, studyTitle: base.title, cssUrl: `/s/assets/form.${assets.cssVersion}.css`, ...helpIn(base.receiptHelp, base.language) });
    const navigation = pageNavigation(base.definition, keep, lastPageId);
    return this.describe(base, html, lastPageId, navigation, keep, true);
  }

  private describe(
    base: RenderBase,
    html: string,
    pageId: string,
    navigation: { pageNumber: number; pageCount: number },
    answers: Answers,
    submitted: boolean,
  ): PreviewResponseDto {
    const shown = new Set(visiblePages(base.definition, answers).map((page) => page.id));
    return {
      html,
      pageId,
      pageNumber: navigation.pageNumber,
      pageCount: navigation.pageCount,
      language: base.language,
      languages: base.languages,
      answers: Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as PreviewResponseDto['answers'],
      pages: base.definition.pages.map((page) => ({ id: page.id, title: page.title?.[base.language] ?? page.title?.nb ?? '', shown: shown.has(page.id) })),
      submitted,
      notice: null,
    };
  }
}

interface RenderBase {
  definition: QuestionnaireDefinition;
  title: string;
  language: Language;
  languages: Language[];
  register: Municipalities;
  receiptHelp: StudyHelp;
}
