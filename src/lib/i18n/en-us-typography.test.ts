import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The en-US portal writes its apostrophes one way, the typographic ’ ("can’t", "subscription’s"),
// as most of its sentences already did. Names in quotes ('Contoso Production') keep the straight
// quote, as Azure writes them in its notifications.
const SRC = fileURLToPath(new URL('../..', import.meta.url));
const CONTRACTION = /[A-Za-z]'(t|s|re|ll|ve|d)\b/g;

/** The source without its comments, which are not shown to anyone. */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The en-US part of each message table: from `'en-US': {` to `'zh-CN': {`. */
function englishTables(): { file: string; text: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => ({ file: path, source: readFileSync(join(SRC, path), 'utf8') }))
    .flatMap(({ file, source }) => {
      const start = source.indexOf("'en-US': {");
      const end = source.indexOf("'zh-CN': {", start);
      return start >= 0 && end > start
        ? [{ file, text: withoutComments(source.slice(start, end)) }]
        : [];
    });
}

describe('en-US wording', () => {
  it('Spelling: every en-US apostrophe is the typographic ’', () => {
    const tables = englishTables();
    expect(tables.length).toBeGreaterThan(10);
    const straight = tables.flatMap(({ file, text }) =>
      [...text.matchAll(CONTRACTION)].map((match) => `${file}: …${match[0]}…`),
    );
    expect(straight).toEqual([]);
  });
});
