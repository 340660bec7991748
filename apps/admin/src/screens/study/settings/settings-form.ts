/**
 * The settings form keeps what the user typed (numbers as text) and turns it into the PATCH body,
 * or into errors keyed by the same paths the API uses ("ageBands[1].max"), so that client and
 * server errors land on the same field.
 */
import { type AgeBand, type Language, validateAgeBands } from '@questionnaire/browser';
import type { ReceiptHelp, Study, StudySettings } from '../../../api/types';
import type { MessageKey } from '../../../i18n/dictionary';
import type { Translate } from '../../../i18n/i18n';

export interface BandRow {
  key: string;
  label: string;
  min: string;
  max: string;
}

export interface SettingsForm {
  name: string;
  description: string;
  disclosureThreshold: string;
  reportingMinimum: string;
  ageBands: BandRow[];
  languages: Language[];
  freeTextExport: boolean;
  unfinishedExpiryDays: string;
  helpText: Partial<Record<Language, string>>;
  helpLinks: HelpLinkRow[];
}

export interface HelpLinkRow {
  key: string;
  href: string;
  label: Partial<Record<Language, string>>;
}

export const MAX_HELP_LINKS = 6;
/** What the receipt can open: a call, a text message, an e-mail or a secure web page. */
const HELP_LINK = /^(tel:|sms:|mailto:|https:\/\/)\S+$/i;

export type FormErrors = Record<string, string[]>;

let nextKey = 0;
export const newBandKey = () => `band-${++nextKey}`;
export const newLinkKey = () => `link-${++nextKey}`;

export function formFromStudy(study: Study): SettingsForm {
  return {
    name: study.name,
    description: study.description,
    disclosureThreshold: String(study.disclosureThreshold),
    reportingMinimum: String(study.reportingMinimum),
    ageBands: study.ageBands.map((band) => ({ key: newBandKey(), label: band.label, min: String(band.min), max: band.max === null ? '' : String(band.max) })),
    languages: study.languages,
    freeTextExport: study.freeTextExport,
    unfinishedExpiryDays: String(study.unfinishedExpiryDays),
    helpText: { ...study.receiptHelp.text },
    helpLinks: study.receiptHelp.links.map((link) => ({ key: newLinkKey(), href: link.href, label: { ...link.label } })),
  };
}

/** The receipt help as the API takes it: blank texts left out, in the study's languages only. */
function receiptHelpOf(form: SettingsForm): ReceiptHelp {
  const only = (texts: Partial<Record<Language, string>>) =>
    Object.fromEntries(form.languages.flatMap((language) => (texts[language]?.trim() ? [[language, texts[language]!.trim()]] : [])));
  return { text: only(form.helpText), links: form.helpLinks.map((link) => ({ href: link.href.trim(), label: only(link.label) })) };
}

const wholeNumber = (text: string): number | undefined => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined);

export function checkForm(form: SettingsForm, t: Translate): { settings?: StudySettings; errors: FormErrors } {
  const errors: FormErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  const inRange = (path: string, text: string, min: number, max: number): number | undefined => {
    const value = wholeNumber(text);
    if (value === undefined || value < min || value > max) add(path, t('settings.wholeNumberBetween', { min, max }));
    return value;
  };

  if (!form.name.trim()) add('name', t('settings.nameMissing'));
  const disclosureThreshold = inRange('disclosureThreshold', form.disclosureThreshold, 1, 100);
  const reportingMinimum = inRange('reportingMinimum', form.reportingMinimum, 1, 1000);
  if (disclosureThreshold !== undefined && reportingMinimum !== undefined && reportingMinimum < disclosureThreshold) {
    add('reportingMinimum', t('settings.reportingBelowK', { k: disclosureThreshold }));
  }
  const unfinishedExpiryDays = inRange('unfinishedExpiryDays', form.unfinishedExpiryDays, 1, 365);

  const ageBands: AgeBand[] = form.ageBands.map((row, index) => {
    const min = wholeNumber(row.min);
    const max = row.max.trim() === '' ? null : wholeNumber(row.max);
    if (min === undefined || min > 120) add(`ageBands[${index}].min`, t('settings.ageNumber'));
    if (max === undefined || (max !== null && max > 120)) add(`ageBands[${index}].max`, t('settings.ageNumber'));
    return { label: row.label.trim(), min: min ?? -1, max: max === undefined ? -1 : max };
  });
  if (Object.keys(errors).every((path) => !path.startsWith('ageBands'))) {
    for (const problem of validateAgeBands(ageBands)) {
      const index = Number(problem.path.match(/^\$\[(\d+)\]/)?.[1] ?? -1);
      add(problem.path.replace(/^\$/, 'ageBands'), ageBandMessage(problem.code, t, ageBands[index - 1], ageBands[index]) ?? problem.message);
    }
  }
  form.helpLinks.forEach((link, index) => {
    if (!HELP_LINK.test(link.href.trim())) add(`receiptHelp.links[${index}].href`, t('settings.help.badLink'));
    if (!link.label.nb?.trim()) add(`receiptHelp.links[${index}].label.nb`, t('settings.help.labelMissing'));
  });
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    settings: {
      name: form.name.trim(),
      description: form.description.trim(),
      disclosureThreshold: disclosureThreshold!,
      reportingMinimum: reportingMinimum!,
      ageBands,
      languages: form.languages,
      freeTextExport: form.freeTextExport,
      unfinishedExpiryDays: unfinishedExpiryDays!,
      receiptHelp: receiptHelpOf(form),
    },
  };
}

function ageBandMessage(code: string, t: Translate, previous?: AgeBand, band?: AgeBand): string | undefined {
  switch (code) {
    case 'no_bands':
      return t('settings.band.none');
    case 'missing_label':
      return t('settings.band.missingLabel');
    case 'duplicate_label':
      return t('settings.band.duplicateLabel');
    case 'invalid_range':
      return t('settings.band.invalidRange');
    case 'open_band_not_last':
      return t('settings.band.openNotLast');
    case 'not_sorted':
      return t('settings.band.notSorted');
    case 'overlap':
      return t('settings.band.overlap', { max: previous?.max ?? '' });
    case 'gap':
      return t('settings.band.gap', { from: (previous?.max ?? 0) + 1, to: (band?.min ?? 1) - 1 });
    default:
      return undefined;
  }
}

/** Where the error with this path is shown, for the links of the error summary. */
export function fieldIdOf(path: string): string {
  const band = path.match(/^ageBands\[(\d+)\](?:\.(label|min|max))?/);
  if (band) return `band-${band[1]}-${band[2] ?? 'label'}`;
  if (path.startsWith('ageBands')) return 'band-add';
  const link = path.match(/^receiptHelp\.links\[(\d+)\](?:\.(href|label))?/);
  if (link) return `help-link-${link[1]}-${link[2] === 'label' ? 'label-nb' : 'href'}`;
  if (path.startsWith('receiptHelp')) return 'help-text-nb';
  return `settings-${path.replace(/[^\w]/g, '') || 'name'}`;
}

/** The name of the field an error path points at, to start its line in the error summary. */
export function whereIs(path: string, t: Translate): string {
  const band = path.match(/^ageBands\[(\d+)\]/);
  if (band) return t('settings.band.rowLabel', { n: Number(band[1]) + 1 });
  const link = path.match(/^receiptHelp\.links\[(\d+)\]/);
  if (link) return t('settings.help.linkRow', { n: Number(link[1]) + 1 });
  if (path.startsWith('receiptHelp')) return t('settings.help.title');
  const labels: Record<string, MessageKey> = {
    name: 'studies.name',
    disclosureThreshold: 'settings.k',
    reportingMinimum: 'settings.reportingMinimum',
    unfinishedExpiryDays: 'settings.expiryDays',
    languages: 'settings.languages',
    ageBands: 'settings.ageBands',
    description: 'settings.description',
  };
  return t(labels[path] ?? 'settings.ageBands');
}
