/**
 * A tiny stand-in for the HTTP layer: serves the rendered pages, the stylesheet and the script
 * from 127.0.0.1 with a strict Content Security Policy, and keeps one respondent's answers in
 * memory. It uses the library as the real API will: `pagePostOutcome` decides, the server stores
 * and redirects.
 */
import { korusDemoQuestionnaire, type Answers, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import {
  firstPageId,
  loadFormAssets,
  pageNavigation,
  pagePostOutcome,
  PAGE_FIELD,
  firstBodyValue,
  renderFormPage,
  renderReceipt,
  renderResumeCode,
  renderResumeEntry,
  renderUnavailable,
  resumeCodeMessage,
  type FormBody,
  type MunicipalityOption,
  type PageToShow,
  type UnavailableReason,
} from '@stemme/respondent-form';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STRICT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface FormServerOptions {
  definition?: QuestionnaireDefinition;
  municipalities: readonly MunicipalityOption[];
  languages?: Language[];
  studyTitle?: string;
}

export interface FormServer {
  url: string;
  answers: () => Answers;
  submitted: () => boolean;
  reset: (answers?: Answers) => void;
  close: () => Promise<void>;
}

export async function startFormServer(options: FormServerOptions): Promise<FormServer> {
  const definition = options.definition ?? korusDemoQuestionnaire;
  const languages = options.languages ?? definition.languages;
  const studyTitle = options.studyTitle ?? 'Brukerundersøkelse 2025';
  const assets = await loadFormAssets();
  let answers: Answers = {};
  let submitted = false;
  let language: Language = 'nb';

  const formPage = (pageId: string, shown?: PageToShow): string => {
    const pageAnswers = shown?.answers ?? answers;
    const navigation = pageNavigation(definition, pageAnswers, pageId);
    return renderFormPage({
      definition,
      pageId,
      language,
      languages,
      answers: pageAnswers,
      problems: shown?.problems,
      rawText: shown?.rawText,
      newQuestions: shown?.newQuestions,
      csrfToken: 'test-token',
      formAction: '/s/form',
      studyTitle,
      progress: navigation,
      canGoBack: !navigation.isFirstPage,
      resumeAvailable: true,
      scriptUrl: '/assets/form.js',
      cssUrl: '/assets/form.css',
      municipalities: options.municipalities,
      languageHref: (target) => `/s/form?page=${pageId}&lang=${target}`,
      resumeEntryHref: '/s/resume',
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': STRICT_POLICY, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      response.end(body);
    };
    const redirect = (location: string) => {
      response.writeHead(303, { Location: location });
      response.end();
    };
    const lang = url.searchParams.get('lang');
    if (lang === 'nb' || lang === 'nn' || lang === 'en') language = lang;

    if (url.pathname === '/assets/form.css') return send(200, 'text/css', assets.css);
    if (url.pathname === '/assets/form.js') return send(200, 'text/javascript', assets.script);
    if (url.pathname === '/s/form' && request.method === 'GET') {
      return send(200, 'text/html', formPage(url.searchParams.get('page') ?? firstPageId(definition, answers) ?? definition.pages[0].id));
    }
    if (url.pathname === '/s/form' && request.method === 'POST') {
      const body = parseForm(await readBody(request));
      const pageId = firstBodyValue(body, PAGE_FIELD) ?? '';
      const outcome = pagePostOutcome({ definition, pageId, body, language, savedAnswers: answers, today: '2025-03-15' });
      answers = outcome.save;
      if (outcome.kind === 'go_to_page') return redirect(`/s/form?page=${outcome.pageId}`);
      if (outcome.kind === 'show_page') return send(200, 'text/html', formPage(outcome.page.pageId, outcome.page));
      if (outcome.kind === 'save_for_later') return send(200, 'text/html', renderResumeCode({ language, code: 'K7QXM2PA', expiresOn: '2025-04-14', continueHref: `/s/form?page=${outcome.pageId}`, studyTitle, cssUrl: '/assets/form.css' }));
      submitted = true;
      return redirect('/s/form/receipt');
    }
    if (url.pathname === '/s/form/receipt') {
      return send(200, 'text/html', renderReceipt({ language, studyTitle, receiptCode: 'AB12-CD34', helpText: 'Du kan ringe Mental Helse hele døgnet. Det er gratis.', helpLinks: [{ label: 'Ring 116 123', href: 'tel:116123' }], cssUrl: '/assets/form.css' }));
    }
    if (url.pathname === '/s/resume') {
      const problems = request.method === 'POST' ? { code: resumeCodeMessage('not_found', language) } : undefined;
      return send(200, 'text/html', renderResumeEntry({ language, formAction: '/s/resume', csrfToken: 'test-token', problems, studyTitle, cssUrl: '/assets/form.css' }));
    }
    const unavailable = /^\/unavailable\/([a-z_]+)$/.exec(url.pathname);
    if (unavailable) return send(410, 'text/html', renderUnavailable({ language, reason: unavailable[1] as UnavailableReason, studyTitle, cssUrl: '/assets/form.css' }));
    return send(404, 'text/plain', 'Not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(error.stack);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answers: () => answers,
    submitted: () => submitted,
    reset: (start: Answers = {}) => {
      answers = start;
      submitted = false;
      language = 'nb';
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/** As Express's urlencoded parser gives it: repeated names become a list. */
function parseForm(text: string): FormBody {
  const body: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = body[name];
    body[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return body;
}
