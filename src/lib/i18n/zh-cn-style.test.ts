import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The zh-CN portal speaks in one voice (docs/i18n-terms.md): it addresses the reader as 你, puts no
// space between Chinese characters or next to Chinese punctuation, writes full-width （） around
// Chinese, and writes a date as one run with the words around it. This reads the zh-CN half of every
// message table, as the en-US apostrophe test reads the en-US half, so a new sentence is held to it.
const SRC = fileURLToPath(new URL('../..', import.meta.url));

const HAN = '[\\u4e00-\\u9fff]';
/** A Chinese character or Chinese punctuation. */
const CJK = '[\\u4e00-\\u9fff，。：；（）“”‘’、？！《》]';
/** Placeholders that hold a date or a date and time, named so in every table. */
const DATE_PLACEHOLDER =
  '\\$\\{(?:date|at|until|by|last|deadline|stoppedAt|showsBy|cancelledAt|start|end)\\}';

/**
 * The seed's own sentences shown as quotations keep the seed's words (用户 included): the
 * presentation's captions and the title of the Microsoft page the portal points to.
 */
const QUOTES: Record<string, readonly string[]> = {
  'features/presentation/messages.ts': ['caption'],
  'lib/i18n/common-messages.ts': ['trustCenterDataManagement'],
};

/**
 * Latin text that Microsoft's zh-CN portal itself writes with half-width brackets: the search
 * box's keyboard shortcut.
 */
const HALF_WIDTH_ALLOWED = ['(G+/)'];

const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

interface Literal {
  file: string;
  key: string;
  text: string;
}

/** Every string and template literal of the zh-CN half of each message table, with its key. */
function chineseLiterals(): Literal[] {
  const literal = /'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.|\$\{[^}]*\})*`/g;
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => ({
      file: path.replaceAll('\\', '/'),
      source: readFileSync(join(SRC, path), 'utf8'),
    }))
    .flatMap(({ file, source }) => {
      const start = source.indexOf("'zh-CN': {");
      if (start < 0) return [];
      const half = withoutComments(source.slice(start + "'zh-CN': {".length));
      return [...half.matchAll(literal)].flatMap((match) => {
        const text = match[0].slice(1, -1);
        if (!new RegExp(HAN).test(text)) return [];
        const before = half.slice(Math.max(0, match.index - 200), match.index);
        const keys = [...before.matchAll(/([A-Za-z][\w-]*)'?\s*:/g)];
        return [{ file, key: keys.at(-1)?.[1] ?? '', text }];
      });
    });
}

const isQuote = ({ file, key }: Literal) => QUOTES[file]?.includes(key) ?? false;
const show = ({ file, key, text }: Literal) => `${file} ${key}: ${text}`;

describe('zh-CN wording, in every message table', () => {
  const literals = chineseLiterals();

  it('reads the zh-CN half of every table', () => {
    expect(new Set(literals.map(({ file }) => file)).size).toBeGreaterThan(10);
  });

  it('addresses the reader as 你, never 用户 (except where the seed is quoted)', () => {
    expect(literals.filter((l) => l.text.includes('用户') && !isQuote(l)).map(show)).toEqual([]);
  });

  it('no space between Chinese characters or next to Chinese punctuation', () => {
    // A placeholder stands for a name, number or date: check the words around it separately.
    const spaced = new RegExp(`${CJK} +${CJK}`);
    expect(
      literals.filter(({ text }) => spaced.test(text.replace(/\$\{[^}]*\}/g, 'x'))).map(show),
    ).toEqual([]);
  });

  it('full-width （） around Chinese, never half-width ()', () => {
    const halfWidth = new RegExp(`\\([^()]*${HAN}[^()]*\\)|${HAN}\\s?\\(|\\)\\s?${HAN}`);
    expect(
      literals
        .filter(({ text }) => {
          const words = text.replace(/\$\{[^}]*\}/g, 'x');
          const rest = HALF_WIDTH_ALLOWED.reduce((t, allowed) => t.replaceAll(allowed, ''), words);
          return halfWidth.test(rest);
        })
        .map(show),
    ).toEqual([]);
  });

  it('a date is one run with the Chinese around it: no space before or after it', () => {
    const spacedDate = new RegExp(`${CJK} ${DATE_PLACEHOLDER}|${DATE_PLACEHOLDER} ${CJK}`);
    expect(literals.filter(({ text }) => spacedDate.test(text)).map(show)).toEqual([]);
  });
});
