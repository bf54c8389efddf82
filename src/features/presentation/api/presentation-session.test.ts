// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  presentationMoveState,
  readSession,
  requestedChapter,
  withoutPresentParams,
  usePresentationSession,
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

  it('Presentation: an address the presentation wrote for a chapter does not pull back a session that moved on', () => {
    // A key moved the session to chapter 3 before React applied the address chapter 2 wrote.
    writeSession({ chapter: 3, before: null });
    const initialProps: { search: string; state: unknown } = {
      search: '?present=seed&chapter=2',
      state: presentationMoveState(2),
    };
    const { rerender } = renderHook((location) => usePresentationSession(location), {
      initialProps,
    });
    expect(readSession()?.chapter).toBe(3);
    // A link or a typed address does ask for its chapter.
    rerender({ search: '?present=seed&chapter=2', state: null });
    expect(readSession()?.chapter).toBe(2);
    writeSession(null);
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
