/** The thank-you page after the answers are sent. */
import type { Language } from '@stemme/questionnaire';
import { html, type SafeHtml } from '../html/html';
import { uiText } from '../texts/ui-texts';
import { renderSimplePage, type PageBasics } from './document';

export interface HelpLink {
  label: string;
  /** `tel:`, `sms:`, `mailto:` or `https:`; other addresses are left out. */
  href: string;
}

export interface ReceiptInput extends PageBasics {
  studyTitle: string;
  receiptCode?: string;
  /** Where to find someone to talk to, in the respondent's language; paragraphs split on blank lines. */
  helpText?: string;
  helpLinks?: readonly HelpLink[];
}

/** A study's help as it keeps it: a text per language and links with a label per language. */
export interface StudyHelp {
  text: Partial<Record<Language, string>>;
  links: readonly { href: string; label: Partial<Record<Language, string>> }[];
}

/** The help in the respondent's language, or in bokmål, which every study has; links without a label are left out. */
export function helpIn(help: StudyHelp, language: Language): Pick<ReceiptInput, 'helpText' | 'helpLinks'> {
  const inLanguage = (texts: Partial<Record<Language, string>>): string | undefined => texts[language] || texts.nb || undefined;
  return {
    helpText: inLanguage(help.text),
    helpLinks: help.links.flatMap((link) => {
      const label = inLanguage(link.label);
      return label ? [{ label, href: link.href }] : [];
    }),
  };
}

export function renderReceipt(input: ReceiptInput): string {
  const { language } = input;
  const heading = uiText('receiptHeading', language);
  return renderSimplePage(input, heading, html`<h1>${heading}</h1>
<p>${uiText('receiptSent', language)}</p>
<p>${uiText('receiptAnonymous', language)}</p>
<p>${uiText('receiptUse', language)}</p>
${input.receiptCode ? html`<p>${uiText('receiptCode', language)} <strong class="code">${input.receiptCode}</strong></p><p class="hint">${uiText('receiptCodeNote', language)}</p>` : ''}
${helpBox(input)}
<p>${uiText('sharedDevice', language)}</p>`);
}

const SAFE_LINK = /^(tel:|sms:|mailto:|https:\/\/)/i;

function helpBox({ language, helpText, helpLinks = [] }: ReceiptInput): SafeHtml | '' {
  const links = helpLinks.filter((link) => SAFE_LINK.test(link.href));
  if (!helpText && links.length === 0) return '';
  const paragraphs = (helpText ?? '').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return html`<section class="help-box" aria-labelledby="help-heading">
<h2 id="help-heading">${uiText('helpHeading', language)}</h2>
${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
${links.length > 0 ? html`<ul>${links.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}</ul>` : ''}
</section>`;
}
