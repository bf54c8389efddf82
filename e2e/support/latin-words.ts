import type { Page } from '@playwright/test';

// What a user of the zh-CN portal reads, and the Latin-script words in it. The walk
// (e2e/zh-cn-walk.spec.ts) fails on any such word the product chose, so the reading has to cover
// what the screen shows and what assistive technology announces, and nothing hidden.

/**
 * The visible text of the page (`innerText` skips what is hidden) plus, for every visible element,
 * the names that are not text of their own: `aria-label`, `title`, `placeholder`, `alt`, and the
 * value a text field or a select shows. A passage the page declares to be in another language
 * (`lang="en"`, as ARM's own error message is) is not the portal's wording: it is left out of the
 * texts and returned apart, so a report can still show it.
 */
export async function readPage(page: Page): Promise<{ texts: string[]; foreign: string[] }> {
  return page.evaluate(() => {
    // An <option> has no box of its own; its select's text includes it while the select shows.
    const visible = (element: Element) =>
      (element.closest('select') ?? element).checkVisibility({
        opacityProperty: false,
        visibilityProperty: true,
      });
    const pageLanguage = document.documentElement.lang;
    const foreign = [...document.body.querySelectorAll('[lang]')]
      .filter((element) => element.getAttribute('lang') !== pageLanguage && visible(element))
      .map((element) => (element as HTMLElement).innerText)
      .filter((text) => text.trim() !== '');
    let body = document.body.innerText;
    // Every occurrence: a live region may echo the passage for screen readers.
    for (const passage of foreign) body = body.split(passage).join(' ');
    const texts = [document.title, body];
    for (const element of document.body.querySelectorAll('*')) {
      if (!visible(element)) continue;
      if (element.closest('[lang]')?.getAttribute('lang') !== pageLanguage) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
      // A checkbox's or a radio's value is a form value nobody reads, and a date field shows its
      // machine value in the browser's own format; a text field's value is read.
      const unread = ['hidden', 'checkbox', 'radio', 'button', 'submit', 'file'];
      unread.push('date', 'time', 'datetime-local', 'month', 'week');
      if (element instanceof HTMLInputElement && !unread.includes(element.type)) {
        if (element.value) texts.push(element.value);
      } else if (element instanceof HTMLSelectElement) {
        const option = element.selectedOptions[0];
        if (option) texts.push(option.text);
      }
    }
    return { texts, foreign };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Latin-script words of `texts` once everything allowed is taken out: phrases whole, longest
 * first ("Contoso Production" before "Contoso") and only at word edges, so an allowed name never
 * hides a word it happens to contain; patterns (an ID's shape) wherever they match. Words keep
 * their inner hyphens and apostrophes ("Pay-As-You-Go" is one word).
 */
export function latinWords(
  texts: readonly string[],
  allowed: readonly (string | RegExp)[],
): { word: string; context: string }[] {
  const phrases = [
    ...new Set(allowed.filter((a): a is string => typeof a === 'string' && a.trim() !== '')),
  ].sort((a, b) => b.length - a.length);
  const patterns = allowed.filter((a): a is RegExp => a instanceof RegExp);
  if (phrases.length) {
    // Data names match in any case: the top bar shows the directory in capitals (CSS).
    patterns.push(
      new RegExp(
        `(?<![\\p{Script=Latin}\\d])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{Script=Latin}\\d])`,
        'iu',
      ),
    );
  }
  const found = new Map<string, string>();
  for (const text of texts) {
    let rest = text;
    for (const pattern of patterns) {
      rest = rest.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), (m) =>
        ' '.repeat(m.length),
      );
    }
    for (const match of rest.matchAll(/\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu)) {
      if (found.has(match[0])) continue;
      const at = match.index;
      found.set(match[0], text.slice(Math.max(0, at - 20), at + match[0].length + 20).trim());
    }
  }
  return [...found].map(([word, context]) => ({ word, context: context.replace(/\s+/g, ' ') }));
}
