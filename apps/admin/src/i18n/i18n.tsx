/**
 * Norwegian bokmål first, English on request; the choice is remembered in this browser. Every
 * user-facing string lives in dictionary.ts.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { dictionary, type MessageKey } from './dictionary';

export type UiLanguage = 'nb' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'stemme.admin.language';

interface I18n {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function storedLanguage(): UiLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

export function translate(language: UiLanguage, key: MessageKey, params: Record<string, string | number> = {}): string {
  const [nb, en] = dictionary[key];
  const template = language === 'en' ? en : nb;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the switch still works for this visit.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = language === 'en' ? 'en-GB' : 'nb-NO';
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDate: (iso) => date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

/** "45 sekunder", "15 minutter": how long to wait, rounded up to whole minutes past a minute. */
export function waitTime(t: Translate, seconds: number): string {
  if (seconds < 60) return t(seconds === 1 ? 'time.second' : 'time.seconds', { n: seconds });
  const minutes = Math.ceil(seconds / 60);
  return t(minutes === 1 ? 'time.minute' : 'time.minutes', { n: minutes });
}
