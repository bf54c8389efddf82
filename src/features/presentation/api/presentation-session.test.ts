// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  readSession,
  requestedChapter,
  withoutPresentParams,
  writeSession,
} from '@/features/presentation/api/presentation-session';
import { CHAPTERS, chapterFromParam } from '@/features/presentation/chapters';

describe('Presentation: chapters and the session that survives a reload', () => {
  it('Presentation: ?present=seed asks for a chapter, kept inside the story; other addresses do not', () => {
    expect(requestedChapter('?present=seed&chapter=5')).toBe(5);
    expect(requestedChapter('?present=seed')).toBe(1);
    expect(requestedChapter('?present=seed&chapter=99')).toBe(CHAPTERS.length);
    expect(requestedChapter('?present=seed&chapter=0')).toBe(1);
    expect(requestedChapter('?present=other&chapter=3')).toBeNull();
    expect(requestedChapter('?step=review')).toBeNull();
    expect(chapterFromParam('abc')).toBe(1);
  });

  it('Presentation: the address loses only its presentation parameters', () => {
    expect(withoutPresentParams('?present=seed&chapter=3&step=review')).toBe('?step=review');
    expect(withoutPresentParams('?present=seed')).toBe('');
  });

  it('Presentation: the session is written and read back whole; a damaged one reads as none', () => {
    const session = { chapter: 4, before: { path: '/subscriptions', snapshot: { format: 'x' } } };
    writeSession(session);
    expect(readSession()).toEqual(session);
    sessionStorage.setItem('azclone.presentation.v1', '{"chapter":"four"}');
    expect(readSession()).toBeNull();
    writeSession(null);
    expect(readSession()).toBeNull();
  });

  it('Presentation: the chapters follow the seed, nine of them, each naming the rules it shows', () => {
    expect(CHAPTERS.map((chapter) => chapter.rules)).toEqual([
      'R1',
      'R2',
      'R4 R5 R6 R7 R8',
      'R3',
      'R4 R5',
      'R6 R7 R8 R9',
      'R10',
      'R11 R13',
      'R9',
    ]);
    expect(CHAPTERS[0]).toMatchObject({ persona: 'owner', moment: 'seed-start' });
    expect(CHAPTERS.filter((chapter) => chapter.wizardStep).map((c) => c.wizardStep)).toEqual([
      'review',
      'confirm',
    ]);
  });
});
