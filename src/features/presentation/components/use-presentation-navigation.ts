import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  readSession,
  withoutPresentParams,
  writeSession,
  type PresentationSession,
} from '@/features/presentation/api/presentation-session';
import { CHAPTERS } from '@/features/presentation/chapters';
import { useChapterSetup } from '@/features/presentation/components/use-chapter-setup';
import { refreshAfterDemoChange } from '@/lib/api/refresh-after-demo-change';
import { restoreDemoSnapshot } from '@/lib/demo-snapshot';

/** How long a chapter stays on screen when the presentation advances by itself. */
const AUTO_ADVANCE_MS = 12_000;

/**
 * Where the presentation is and how it moves: the current chapter and its set-up, the previous and
 * next chapter, playing (advancing by itself), and the exit that puts back what was there before.
 */
export function usePresentationNavigation(
  session: PresentationSession,
  focus: { card: RefObject<HTMLElement | null>; heading: RefObject<HTMLHeadingElement | null> },
) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [playing, setPlaying] = useState(false);
  const exiting = useRef(false);
  const number = Math.min(session.chapter, CHAPTERS.length);
  const chapter = CHAPTERS[number - 1]!;
  const { setup, retry } = useChapterSetup({ session, number, chapter, exiting, ...focus });
  const autoAdvancing = playing && number < CHAPTERS.length;

  const goTo = useCallback(
    (next: number) => {
      if (next < 1 || next > CHAPTERS.length) return;
      // The stored session, which may already hold what was there before (written by the set-up).
      writeSession({ ...(readSession() ?? session), chapter: next });
    },
    [session],
  );

  const togglePlaying = useCallback(() => setPlaying((value) => !value), []);

  const exit = useCallback(async () => {
    setPlaying(false);
    // A chapter still being set up stops before its next change, so it cannot undo the restore.
    exiting.current = true;
    const before = readSession()?.before ?? session.before;
    if (before) {
      try {
        await restoreDemoSnapshot(before.snapshot, { atTakenAt: false });
      } catch (error) {
        // The state from before could not be put back (the mock was replaced meanwhile): the
        // presentation still ends, on the state it left.
        console.warn('The demo state from before the presentation was not restored:', error);
      }
      await refreshAfterDemoChange(queryClient, { world: true, replaced: true });
    }
    writeSession(null);
    await navigate(before?.path ?? `${location.pathname}${withoutPresentParams(location.search)}`, {
      replace: true,
    });
    // The card is gone: keyboard and screen reader users go on from the blade (the shell's main,
    // which the skip link also targets).
    document.getElementById('main')?.focus();
  }, [session.before, queryClient, navigate, location.pathname, location.search]);

  useEffect(() => {
    if (!autoAdvancing || setup.kind !== 'ready') return;
    const timer = window.setTimeout(() => goTo(number + 1), AUTO_ADVANCE_MS);
    return () => window.clearTimeout(timer);
  }, [autoAdvancing, setup.kind, number, goTo]);

  return { number, chapter, setup, retry, autoAdvancing, goTo, togglePlaying, exit };
}
