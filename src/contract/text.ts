import { z } from './zod';

// The rule every free-text field of the API shares (a subscription name, a ticket's title and
// description, a cancellation comment): lengths are counted in characters as a person sees them,
// that is Unicode code points (an emoji is one, not the two UTF-16 units JavaScript's `length`
// counts), and characters that are invisible or change how the text around them reads are refused:
// C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" characters) and lone
// surrogates (half a character, which no encoder can write). A multi-line field (a description, a
// comment) keeps tab, line feed and carriage return.

export interface TextRule {
  /** Fewest code points; 0 for an optional text. */
  min: number;
  /** Most code points. */
  max: number;
  /** Tab, line feed and carriage return are allowed (a text area), else refused (a one-line field). */
  multiline: boolean;
}

// `u` flag: a lone surrogate is a code point of category Cs; a well-formed pair is one astral code point.
const REFUSED_ANYWHERE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const REFUSED_IN_ONE_LINE = /[\t\n\r]/u;

/** Code points, as a person counts characters; a lone surrogate counts as one. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** `U+202E`, how a refused character is named in a message (it cannot be shown as itself). */
export function describeCodePoint(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character the rule refuses, with its position in code points (1-based), if any. */
export function refusedCharacter(
  text: string,
  multiline: boolean,
): { codePoint: string; position: number } | undefined {
  if (!REFUSED_ANYWHERE.test(text) && (multiline || !REFUSED_IN_ONE_LINE.test(text)))
    return undefined;
  let position = 0;
  for (const character of text) {
    position += 1;
    if (REFUSED_ANYWHERE.test(character) || (!multiline && REFUSED_IN_ONE_LINE.test(character))) {
      return { codePoint: describeCodePoint(character), position };
    }
  }
  return undefined;
}

export function refusedCharacterReason(
  found: { codePoint: string; position: number },
  multiline: boolean,
): string {
  const kinds = multiline ? 'control characters' : 'control characters or line breaks';
  return `must not contain ${kinds}, line or paragraph separators, bidirectional overrides or unpaired surrogates (found ${found.codePoint} at character ${found.position})`;
}

/**
 * Why `text` breaks `rule`, as the end of a sentence that starts with the field's name
 * (`title must be at most 200 characters …`), or undefined when it keeps to it.
 */
export function textProblem(text: string, rule: TextRule): string | undefined {
  const length = codePointLength(text);
  if (length < rule.min) {
    return rule.min === 1
      ? 'must not be empty'
      : `must be at least ${rule.min} characters (it has ${length})`;
  }
  if (length > rule.max) {
    return `must be at most ${rule.max} characters, counted as Unicode code points (it has ${length})`;
  }
  const found = refusedCharacter(text, rule.multiline);
  return found === undefined ? undefined : refusedCharacterReason(found, rule.multiline);
}

/**
 * A string field of a request body held to `rule` (after trimming when `trim`); a refusal names
 * the field through the issue's path, as every 400 of the mock does.
 */
export function textSchema(rule: TextRule, options: { trim?: boolean } = {}) {
  const check = z.superRefine<string>((value, ctx) => {
    const problem = textProblem(value, rule);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: value });
  });
  return options.trim === true ? z.string().check(z.trim(), check) : z.string().check(check);
}
