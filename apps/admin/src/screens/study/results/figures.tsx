/** How one published figure reads in a table: a number, or "skjult" with its reason marked and spelled out. */
import { type Interval, isHidden, type Published, type SuppressionReason } from '../../../api/results';
import { useI18n } from '../../../i18n/i18n';

export const REASON_MARK: Record<SuppressionReason, string> = { below_threshold: '¹', complementary: '²' };

export function useNumberFormat() {
  const { language } = useI18n();
  const locale = language === 'en' ? 'en-GB' : 'nb-NO';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    count: (value: number) => whole.format(value),
    percent: (value: number) => `${one.format(value)} %`,
    decimal: (value: number) => two.format(value),
    interval: (interval: Interval) => `${two.format(interval.lower)}–${two.format(interval.upper)}`,
  };
}

export function HiddenFigure({ reason, threshold }: { reason: SuppressionReason; threshold: number }) {
  const { t } = useI18n();
  return (
    <span className="hidden-figure" data-reason={reason}>
      <span aria-hidden="true" className="hidden-icon">
        ⊘
      </span>{' '}
      {t('results.hidden')}
      <sup aria-hidden="true">{REASON_MARK[reason]}</sup>
      <span className="sr-only"> ({t(`results.reason.${reason}`, { k: threshold })})</span>
    </span>
  );
}

/** A figure, or the mark of a hidden one; `show` formats a shown value (null reads as a dash). */
export function Figure<T>({ figure, threshold, show }: { figure: Published<T> | null | undefined; threshold: number; show: (value: NonNullable<T>) => string }) {
  if (!figure) return <>–</>;
  if (isHidden(figure)) return <HiddenFigure reason={figure.reason} threshold={threshold} />;
  return <>{figure.value === null || figure.value === undefined ? '–' : show(figure.value as NonNullable<T>)}</>;
}

/** The disclosure rule in words, with the two marks a hidden figure can carry. */
export function DisclosureNote({ threshold, footnotes }: { threshold: number; footnotes: string[] }) {
  const { t } = useI18n();
  return (
    <aside className="disclosure-note" aria-labelledby="disclosure-title">
      <h3 id="disclosure-title">{t('results.disclosureTitle')}</h3>
      <p>{t('results.disclosureRule', { k: threshold })}</p>
      <dl className="reason-legend">
        <div>
          <dt>
            <span aria-hidden="true">⊘</span> {t('results.hidden')}
            {REASON_MARK.below_threshold}
          </dt>
          <dd>{t('results.legend.below_threshold', { k: threshold })}</dd>
        </div>
        <div>
          <dt>
            <span aria-hidden="true">⊘</span> {t('results.hidden')}
            {REASON_MARK.complementary}
          </dt>
          <dd>{t('results.legend.complementary')}</dd>
        </div>
      </dl>
      {footnotes.length > 0 && (
        <>
          <h4>{t('results.notes')}</h4>
          <ul className="footnotes">
            {footnotes.map((footnote, index) => (
              <li key={index}>{footnote}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

export function FreshnessLine({ responses, foldedAt, checkedAt }: { responses: number; foldedAt: string | null; checkedAt: string | null }) {
  const { t, formatDateTime } = useI18n();
  const { count } = useNumberFormat();
  return (
    <p className="freshness" data-responses={responses}>
      {foldedAt ? t('results.freshness', { n: count(responses), time: formatDateTime(foldedAt) }) : t('results.freshnessNever')}
      {checkedAt && checkedAt !== foldedAt && <> {t('results.freshnessChecked', { time: formatDateTime(checkedAt) })}</>}
    </p>
  );
}
