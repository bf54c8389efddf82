import type { Locale } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/locale-provider';

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
  money: (amount: number, currency: string) => string;
  number: (value: number) => string;
}

/** One Intl object, made when first used: the first of a kind on a page takes 1–15 ms to make. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Dates and money always go through Intl in the chosen locale and the user's time zone. */
export function createFormatters(locale: Locale): Formatters {
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTime = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const time = once(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const number = once(() => new Intl.NumberFormat(locale));
  const money = new Map<string, Intl.NumberFormat>();
  return {
    date: (iso) => date().format(new Date(iso)),
    dateTime: (iso) => dateTime().format(new Date(iso)),
    time: (iso) => time().format(new Date(iso)),
    number: (value) => number().format(value),
    money: (amount, currency) => {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      return format.format(amount);
    },
  };
}

// One set per language for the whole page: the first screen's components each made their own,
// every Intl object built again inside their render (the first load's longest render slices).
const formattersByLocale = new Map<Locale, Formatters>();

/** The page's formatters for a language, for code outside components (message tables). */
export function formattersFor(locale: Locale): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (formatters === undefined) {
    formatters = createFormatters(locale);
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

export function useFormat(): Formatters {
  return formattersFor(useLocale().locale);
}
