import { useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/locale-provider';

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
  money: (amount: number, currency: string) => string;
  number: (value: number) => string;
}

/** Dates and money always go through Intl in the chosen locale and the user's time zone. */
export function createFormatters(locale: Locale): Formatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const money = new Map<string, Intl.NumberFormat>();
  return {
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
    number: (value) => number.format(value),
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

export function useFormat(): Formatters {
  const { locale } = useLocale();
  return useMemo(() => createFormatters(locale), [locale]);
}
