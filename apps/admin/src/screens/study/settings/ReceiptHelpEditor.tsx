import type { Language } from '@questionnaire/browser';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/i18n';
import { type FormErrors, type HelpLinkRow, MAX_HELP_LINKS, newLinkKey } from './settings-form';

interface Props {
  languages: readonly Language[];
  text: Partial<Record<Language, string>>;
  links: HelpLinkRow[];
  errors: FormErrors;
  onChange: (change: { helpText?: Partial<Record<Language, string>>; helpLinks?: HelpLinkRow[] }) => void;
}

/** The help shown on the receipt: a text and links per language the study offers, bokmål first. */
export function ReceiptHelpEditor({ languages: enabled, text, links, errors, onChange }: Props) {
  const { t } = useI18n();
  const languages = (['nb', 'nn', 'en'] as const).filter((language) => enabled.includes(language));
  const languageName = (language: Language) => t(`language.${language}`);
  const changeLink = (index: number, change: Partial<HelpLinkRow>) => onChange({ helpLinks: links.map((link, at) => (at === index ? { ...link, ...change } : link)) });

  return (
    <fieldset className="receipt-help">
      <legend>{t('settings.help.title')}</legend>
      <p className="hint">{t('settings.help.intro')}</p>
      {languages.map((language) => (
        <Field
          key={language}
          id={`help-text-${language}`}
          label={t('settings.help.text', { language: languageName(language) })}
          hint={language === 'nb' ? t('settings.help.textHint') : undefined}
          errors={errors[`receiptHelp.text.${language}`]}
        >
          {(control) => (
            <textarea {...control} rows={3} maxLength={1500} value={text[language] ?? ''} onChange={(e) => onChange({ helpText: { ...text, [language]: e.target.value } })} />
          )}
        </Field>
      ))}
      <h4>{t('settings.help.links')}</h4>
      {links.map((link, index) => (
        <fieldset key={link.key} className="help-link">
          <legend>{t('settings.help.linkRow', { n: index + 1 })}</legend>
          <Field id={`help-link-${index}-href`} label={t('settings.help.href')} hint={t('settings.help.hrefHint')} errors={errors[`receiptHelp.links[${index}].href`]}>
            {(control) => <input {...control} type="text" inputMode="url" maxLength={500} value={link.href} onChange={(e) => changeLink(index, { href: e.target.value })} />}
          </Field>
          {languages.map((language) => (
            <Field
              key={language}
              id={`help-link-${index}-label-${language}`}
              label={t('settings.help.label', { language: languageName(language) })}
              errors={errors[`receiptHelp.links[${index}].label.${language}`]}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={120}
                  value={link.label[language] ?? ''}
                  onChange={(e) => changeLink(index, { label: { ...link.label, [language]: e.target.value } })}
                />
              )}
            </Field>
          ))}
          <button type="button" className="button-secondary" onClick={() => onChange({ helpLinks: links.filter((_, at) => at !== index) })}>
            {t('settings.help.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      {links.length < MAX_HELP_LINKS && (
        <button type="button" className="button-secondary" onClick={() => onChange({ helpLinks: [...links, { key: newLinkKey(), href: '', label: {} }] })}>
          {t('settings.help.add')}
        </button>
      )}
    </fieldset>
  );
}
