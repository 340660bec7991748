import { isIsoDate, type IsoDate, type Language, type Texts } from '@stemme/questionnaire';

/** The text in the respondent's language; bokmål when a translation is missing. */
export function textIn(texts: Texts | undefined, language: Language): string {
  return texts?.[language] ?? texts?.nb ?? '';
}

const MONTHS: Record<Language, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `31. mars 2025` or `31 March 2025`: a written month is easier to read than 31.03.2025. */
export function longDate(date: IsoDate, language: Language): string {
  if (!isIsoDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  const day = Number(date.slice(8, 10));
  const month = MONTHS[language][Number(date.slice(5, 7)) - 1];
  const year = date.slice(0, 4);
  return language === 'en' ? `${day} ${month} ${year}` : `${day}. ${month} ${year}`;
}
