import { LANGUAGES } from '@/contract/demo';

/** The portal speaks the languages the contract names, so the two lists cannot drift. */
export const LOCALES = LANGUAGES;
export type Locale = (typeof LOCALES)[number];

/** Each language is named in itself, as language pickers do, so it reads the same in either UI. */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'en-US': 'English', 'zh-CN': '中文(简体)' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each feature keeps its own strings in both languages; the type makes a missing translation a compile error. */
export type Messages<M> = Record<Locale, M>;

export function defineMessages<M>(messages: Messages<M>): Messages<M> {
  return messages;
}

const STORAGE_KEY = 'azclone.settings.v1';

export function loadSavedLocale(): Locale {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (saved && typeof saved === 'object' && 'locale' in saved && isLocale(saved.locale)) {
      return saved.locale;
    }
  } catch {
    // Unreadable settings fall back to the default language below.
  }
  return 'en-US';
}

export function saveLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ locale }));
}
