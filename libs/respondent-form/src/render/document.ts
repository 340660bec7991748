/** The frame every respondent page shares: head, skip link, header with the language switch. */
import type { Language } from '@stemme/questionnaire';
import { attributes, html, type SafeHtml } from '../html/html';
import { LANGUAGE_NAMES, uiText } from '../texts/ui-texts';

export interface LanguageChoice {
  /** The study's enabled languages; the switch is shown when there are two or more. */
  languages: readonly Language[];
  /** Where each language's version of this page is; `?lang=<code>` by default. */
  languageHref?: (language: Language) => string;
}

export interface DocumentInput {
  language: Language;
  title: string;
  studyTitle?: string;
  cssUrl?: string;
  scriptUrl?: string;
  skipLinkText: string;
  languageChoice?: LanguageChoice;
  main: SafeHtml;
}

export function renderDocument(input: DocumentInput): string {
  const { language } = input;
  return `<!doctype html>\n${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${input.title}</title>
${input.cssUrl ? html`<link rel="stylesheet" href="${input.cssUrl}">` : ''}
${input.scriptUrl ? html`<script src="${input.scriptUrl}" defer></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${input.skipLinkText}</a>
<header class="site-header">
<div class="container site-header-inner">
${input.studyTitle ? html`<p class="study-title">${input.studyTitle}</p>` : ''}
${input.languageChoice ? languageSwitch(language, input.languageChoice) : ''}
</div>
</header>
<main id="main" class="container" tabindex="-1">
${input.main}
</main>
</body>
</html>`}\n`;
}

function languageSwitch(current: Language, { languages, languageHref = (language) => `?lang=${language}` }: LanguageChoice): SafeHtml | '' {
  if (languages.length < 2) return '';
  return html`<nav class="language-switch" aria-label="${uiText('languageMenu', current)}">
<ul>
${languages.map((language) =>
  language === current
    ? html`<li><span class="current-language" lang="${language}" aria-current="true">${LANGUAGE_NAMES[language]}</span></li>`
    : html`<li><a${attributes({ href: languageHref(language), hreflang: language, lang: language })}>${LANGUAGE_NAMES[language]}</a></li>`,
)}
</ul>
</nav>`;
}

/** What every page around the form needs. */
export interface PageBasics {
  language: Language;
  studyTitle?: string;
  cssUrl?: string;
}

/** A page around the form, with no script: receipt, resume code and entry, unusable link. */
export function renderSimplePage(input: PageBasics, heading: string, main: SafeHtml): string {
  return renderDocument({
    language: input.language,
    title: input.studyTitle ? `${heading} – ${input.studyTitle}` : heading,
    studyTitle: input.studyTitle,
    cssUrl: input.cssUrl,
    skipLinkText: uiText('skipToContent', input.language),
    main,
  });
}
