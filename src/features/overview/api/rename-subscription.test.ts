import { describe, expect, it } from 'vitest';
import { renameProblem } from '@/features/overview/api/rename-subscription';

describe('rename validation', () => {
  it('Rename: accepts 1–64 characters without the forbidden ones', () => {
    expect(renameProblem('Contoso Production (EU)')).toBeUndefined();
    expect(renameProblem('x'.repeat(64))).toBeUndefined();
  });

  it('Rename: explains an empty, too long or forbidden name', () => {
    expect(renameProblem('')).toEqual({ kind: 'empty' });
    expect(renameProblem('   ')).toEqual({ kind: 'empty' });
    expect(renameProblem('x'.repeat(65))).toEqual({ kind: 'too-long', max: 64 });
    expect(renameProblem('a<b>c/d')).toEqual({ kind: 'forbidden', characters: ['<', '>', '/'] });
    for (const character of ['<', '>', ';', '|', '%', '&', '\\', '?', '/']) {
      expect(renameProblem(`name${character}`)).toEqual({
        kind: 'forbidden',
        characters: [character],
      });
    }
  });

  it('Rename: counts characters as people do (code points) and names an invisible one by its code', () => {
    expect(renameProblem('😀'.repeat(64))).toBeUndefined();
    expect(renameProblem('😀'.repeat(65))).toEqual({ kind: 'too-long', max: 64 });
    expect(renameProblem('invoice\u202Etxt')).toEqual({
      kind: 'forbidden',
      characters: ['U+202E'],
    });
  });
});
