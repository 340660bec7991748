/**
 * Every word the respondent reads outside the questionnaire itself, in bokmål, nynorsk and
 * English. Short sentences and everyday words: read each one as an 18-year-old who reads poorly
 * and is having a bad day.
 */
import type { Language } from '@stemme/questionnaire';

type Phrase = string | ((params: Record<string, string | number>) => string);

const UI_TEXTS = {
  skipToQuestions: { nb: 'Gå til spørsmålene', nn: 'Gå til spørsmåla', en: 'Skip to the questions' },
  skipToContent: { nb: 'Gå til innholdet', nn: 'Gå til innhaldet', en: 'Skip to content' },
  languageMenu: { nb: 'Velg språk', nn: 'Vel språk', en: 'Choose language' },
  progress: {
    nb: (p) => `Side ${p.page} av ${p.count}`,
    nn: (p) => `Side ${p.page} av ${p.count}`,
    en: (p) => `Page ${p.page} of ${p.count}`,
  },
  canSkip: {
    nb: 'Du kan hoppe over spørsmål du ikke vil svare på.',
    nn: 'Du kan hoppe over spørsmål du ikkje vil svare på.',
    en: 'You can skip questions you do not want to answer.',
  },
  required: { nb: '(må svares)', nn: '(må svarast)', en: '(required)' },
  errorPrefix: { nb: 'Feil:', nn: 'Feil:', en: 'Error:' },
  errorSummaryHeading: { nb: 'Det er noe som mangler', nn: 'Det er noko som manglar', en: 'There is a problem' },
  newQuestionsHeading: { nb: 'Du har fått flere spørsmål', nn: 'Du har fått fleire spørsmål', en: 'You have more questions' },
  newQuestionsIntro: {
    nb: 'Svaret ditt ga noen nye spørsmål på denne siden:',
    nn: 'Svaret ditt gav nokre nye spørsmål på denne sida:',
    en: 'Your answer gave you new questions on this page:',
  },
  back: { nb: 'Tilbake', nn: 'Tilbake', en: 'Back' },
  next: { nb: 'Neste', nn: 'Neste', en: 'Next' },
  submit: { nb: 'Send inn', nn: 'Send inn', en: 'Submit' },
  saveForLater: { nb: 'Lagre og fortsett senere', nn: 'Lagre og hald fram seinare', en: 'Save and continue later' },
  submitNote: {
    nb: 'Når du trykker «Send inn», er du ferdig. Etter det kan du ikke endre svarene.',
    nn: 'Når du trykkjer «Send inn», er du ferdig. Etter det kan du ikkje endre svara.',
    en: 'When you press “Submit”, you are done. After that you cannot change your answers.',
  },
  haveCode: { nb: 'Har du en kode? Fortsett der du slapp', nn: 'Har du ein kode? Hald fram der du slapp', en: 'Do you have a code? Continue where you left off' },
  chooseMunicipality: { nb: 'Velg kommune', nn: 'Vel kommune', en: 'Choose municipality' },
  yearExample: { nb: 'For eksempel 2001', nn: 'Til dømes 2001', en: 'For example 2001' },
  textLimit: {
    nb: (p) => `Du kan skrive opptil ${p.max} tegn.`,
    nn: (p) => `Du kan skrive opptil ${p.max} teikn.`,
    en: (p) => `You can write up to ${p.max} characters.`,
  },
  charactersLeft: {
    nb: (p) => `Du har ${p.count} tegn igjen.`,
    nn: (p) => `Du har ${p.count} teikn att.`,
    en: (p) => (p.count === 1 ? 'You have 1 character left.' : `You have ${p.count} characters left.`),
  },
  notANumber: { nb: 'Skriv bare tall, for eksempel 25', nn: 'Skriv berre tal, til dømes 25', en: 'Use numbers only, for example 25' },
  notADecimal: { nb: 'Skriv bare tall, for eksempel 2,5', nn: 'Skriv berre tal, til dømes 2,5', en: 'Use numbers only, for example 2.5' },
  notAYear: {
    nb: 'Skriv året med fire tall, for eksempel 2001',
    nn: 'Skriv året med fire tal, til dømes 2001',
    en: 'Write the year with four numbers, for example 2001',
  },
  notADate: {
    nb: 'Skriv datoen slik: 31.12.2024',
    nn: 'Skriv datoen slik: 31.12.2024',
    en: 'Write the date like this: 31.12.2024',
  },
  receiptHeading: { nb: 'Takk for svarene dine!', nn: 'Takk for svara dine!', en: 'Thank you for your answers!' },
  receiptSent: { nb: 'Svarene dine er sendt inn.', nn: 'Svara dine er sende inn.', en: 'Your answers have been sent.' },
  receiptAnonymous: {
    nb: 'Vi vet ikke hvem du er. Ingen kan se hva akkurat du har svart.',
    nn: 'Vi veit ikkje kven du er. Ingen kan sjå kva akkurat du har svart.',
    en: 'We do not know who you are. No one can see what you answered.',
  },
  receiptUse: {
    nb: 'Vi ser på svar fra mange folk samlet. Slik kan kommunene gi bedre hjelp.',
    nn: 'Vi ser på svar frå mange folk samla. Slik kan kommunane gi betre hjelp.',
    en: 'We look at answers from many people together. This helps the municipalities give better help.',
  },
  receiptCode: { nb: 'Kvitteringskode:', nn: 'Kvitteringskode:', en: 'Receipt code:' },
  receiptCodeNote: {
    nb: 'Koden viser at svarene er sendt inn. Du trenger ikke å ta vare på den.',
    nn: 'Koden viser at svara er sende inn. Du treng ikkje ta vare på han.',
    en: 'The code shows that your answers were sent. You do not need to keep it.',
  },
  sharedDevice: {
    nb: 'Bruker du en telefon eller PC som andre også bruker? Lukk nettleseren når du er ferdig.',
    nn: 'Brukar du ein telefon eller PC som andre også brukar? Lukk nettlesaren når du er ferdig.',
    en: 'Are you using a phone or computer that others also use? Close the browser when you are done.',
  },
  helpHeading: { nb: 'Trenger du noen å snakke med nå?', nn: 'Treng du nokon å snakke med no?', en: 'Do you need someone to talk to now?' },
  resumeSavedHeading: { nb: 'Svarene dine er lagret', nn: 'Svara dine er lagra', en: 'Your answers are saved' },
  resumeCodeIntro: { nb: 'Dette er koden din:', nn: 'Dette er koden din:', en: 'This is your code:' },
  resumeWriteDown: {
    nb: 'Skriv ned koden, eller ta et bilde av den.',
    nn: 'Skriv ned koden, eller ta eit bilete av han.',
    en: 'Write down the code, or take a picture of it.',
  },
  resumeExpires: {
    nb: (p) => `Koden virker til og med ${p.date}.`,
    nn: (p) => `Koden verkar til og med ${p.date}.`,
    en: (p) => `The code works until the end of ${p.date}.`,
  },
  resumeHowHeading: { nb: 'Slik fortsetter du', nn: 'Slik held du fram', en: 'How to continue' },
  resumeStepLink: { nb: 'Åpne den samme lenken som du fikk.', nn: 'Opne den same lenkja som du fekk.', en: 'Open the same link you got.' },
  resumeStepChoose: {
    nb: 'Trykk på «Har du en kode? Fortsett der du slapp».',
    nn: 'Trykk på «Har du ein kode? Hald fram der du slapp».',
    en: 'Press “Do you have a code? Continue where you left off”.',
  },
  resumeStepType: { nb: 'Skriv inn koden.', nn: 'Skriv inn koden.', en: 'Type the code.' },
  resumeKeepSecret: {
    nb: 'Ikke vis koden til andre. Den som har koden, kan se svarene dine.',
    nn: 'Ikkje vis koden til andre. Den som har koden, kan sjå svara dine.',
    en: 'Do not show the code to others. Anyone with the code can see your answers.',
  },
  resumeContinueNow: { nb: 'Fortsett å svare nå', nn: 'Hald fram med å svare no', en: 'Continue answering now' },
  resumeEntryHeading: { nb: 'Fortsett der du slapp', nn: 'Hald fram der du slapp', en: 'Continue where you left off' },
  resumeEntryLabel: { nb: 'Skriv koden din', nn: 'Skriv koden din', en: 'Type your code' },
  resumeEntryHint: { nb: 'For eksempel K7QX-M2PA', nn: 'Til dømes K7QX-M2PA', en: 'For example K7QX-M2PA' },
  resumeEntryButton: { nb: 'Fortsett', nn: 'Hald fram', en: 'Continue' },
  resumeCodeMissing: { nb: 'Skriv koden din', nn: 'Skriv koden din', en: 'Type your code' },
  resumeCodeNotFound: {
    nb: 'Vi finner ikke denne koden. Sjekk at du har skrevet den riktig.',
    nn: 'Vi finn ikkje denne koden. Sjekk at du har skrive han rett.',
    en: 'We cannot find this code. Check that you typed it correctly.',
  },
  resumeCodeExpired: {
    nb: 'Koden virker ikke lenger. Du kan begynne på nytt med lenken du fikk.',
    nn: 'Koden verkar ikkje lenger. Du kan byrje på nytt med lenkja du fekk.',
    en: 'The code no longer works. You can start again with the link you got.',
  },
  invitationEntryHeading: { nb: 'Skriv inn koden fra invitasjonen', nn: 'Skriv inn koden frå invitasjonen', en: 'Type the code from your invitation' },
  invitationEntryLabel: { nb: 'Koden din', nn: 'Koden din', en: 'Your code' },
  invitationEntryHint: {
    nb: 'Koden står på arket eller i meldingen du fikk. Den sier ikke hvem du er.',
    nn: 'Koden står på arket eller i meldinga du fekk. Han seier ikkje kven du er.',
    en: 'The code is on the sheet or in the message you got. It does not tell anyone who you are.',
  },
  invitationEntryButton: { nb: 'Start', nn: 'Start', en: 'Start' },
  busyHeading: { nb: 'Mange svarer akkurat nå', nn: 'Mange svarar akkurat no', en: 'Many people are answering right now' },
  busyText: {
    nb: 'Vent litt, og prøv igjen om et øyeblikk. Det du har svart, er tatt vare på.',
    nn: 'Vent litt, og prøv igjen om eit augeblikk. Det du har svart, er teke vare på.',
    en: 'Please wait a little and try again in a moment. What you have answered is kept.',
  },
  closedHeading: { nb: 'Undersøkelsen er ferdig', nn: 'Undersøkinga er ferdig', en: 'The survey has ended' },
  closedText: {
    nb: 'Det går ikke an å svare lenger. Takk for at du ville være med.',
    nn: 'Det går ikkje an å svare lenger. Takk for at du ville vere med.',
    en: 'You can no longer answer. Thank you for wanting to take part.',
  },
  pausedHeading: { nb: 'Undersøkelsen har pause', nn: 'Undersøkinga har pause', en: 'The survey is paused' },
  pausedText: {
    nb: 'Du kan ikke svare akkurat nå. Prøv igjen senere.',
    nn: 'Du kan ikkje svare akkurat no. Prøv igjen seinare.',
    en: 'You cannot answer right now. Please try again later.',
  },
  fullHeading: { nb: 'Vi har fått nok svar', nn: 'Vi har fått nok svar', en: 'We have enough answers' },
  fullText: {
    nb: 'Takk for at du ville være med. Vi trenger ikke flere svar nå.',
    nn: 'Takk for at du ville vere med. Vi treng ikkje fleire svar no.',
    en: 'Thank you for wanting to take part. We do not need more answers now.',
  },
  notFoundHeading: { nb: 'Vi finner ikke denne lenken', nn: 'Vi finn ikkje denne lenkja', en: 'We cannot find this link' },
  notFoundText: {
    nb: 'Sjekk at lenken er skrevet riktig. Du kan også spørre den som ga deg lenken.',
    nn: 'Sjekk at lenkja er skriven rett. Du kan også spørje den som gav deg lenkja.',
    en: 'Check that the link is written correctly. You can also ask the person who gave you the link.',
  },
  notOpenYetHeading: { nb: 'Undersøkelsen har ikke startet ennå', nn: 'Undersøkinga har ikkje starta enno', en: 'The survey has not started yet' },
  notOpenYetText: {
    nb: 'Du kan ikke svare ennå. Prøv igjen senere.',
    nn: 'Du kan ikkje svare enno. Prøv igjen seinare.',
    en: 'You cannot answer yet. Please try again later.',
  },
} satisfies Record<string, Record<Language, Phrase>>;

export type UiTextKey = keyof typeof UI_TEXTS;

export function uiText(key: UiTextKey, language: Language, params: Record<string, string | number> = {}): string {
  const phrase: Phrase = UI_TEXTS[key][language];
  return typeof phrase === 'string' ? phrase : phrase(params);
}

/** Each language named in itself, as a speaker of it looks for it. */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export const ALL_UI_TEXT_KEYS = Object.keys(UI_TEXTS) as UiTextKey[];
