import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setUpChapter } from '@/features/presentation/api/chapter-setup';
import {
  withoutPresentParams,
  writeSession,
  type PresentationSession,
} from '@/features/presentation/api/presentation-session';
import type { Chapter } from '@/features/presentation/chapters';
import { takeDemoSnapshot } from '@/lib/demo-snapshot';
import { useLocale } from '@/lib/i18n/locale-provider';

export type Setup = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; reason: string };

interface ChapterSetupOptions {
  session: PresentationSession;
  number: number;
  chapter: Chapter;
  /** Set once the presentation is ending: a chapter still being set up stops before its next change. */
  exiting: RefObject<boolean>;
  /** The caption card and its title, which takes focus when a chapter is ready. */
  card: RefObject<HTMLElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
}

/**
 * Puts the mock and the route at the chapter's moment of the story when the chapter is asked for (or
 * again on Try again), first keeping what was there before so that the end of the presentation can
 * put it back.
 */
export function useChapterSetup({
  session,
  number,
  chapter,
  exiting,
  card,
  heading,
}: ChapterSetupOptions): { setup: Setup; retry: () => void } {
  const { locale } = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [attempt, setAttempt] = useState(0);
  // Each outcome is kept with the chapter (and attempt) it belongs to: another one is loading.
  const [outcome, setOutcome] = useState<{ key: string; setup: Setup } | null>(null);
  const setupKey = `${number}:${attempt}`;
  const setup: Setup = outcome?.key === setupKey ? outcome.setup : { kind: 'loading' };
  // Read when a chapter is set up, without making a moved address or a new language set it up again.
  const startedFrom = useEffectEvent(() => ({
    locale,
    path: `${location.pathname}${withoutPresentParams(location.search)}`,
  }));

  useEffect(() => {
    let cancelled = false;
    const isCancelled = () => cancelled || exiting.current;
    void (async () => {
      try {
        if (session.before === null) {
          // What was there before, taken before the first chapter changes anything.
          const from = startedFrom();
          const snapshot = await takeDemoSnapshot(from.locale);
          writeSession({ ...session, before: { path: from.path, snapshot } });
        }
        await setUpChapter(chapter, number, { navigate, queryClient }, isCancelled);
        if (cancelled) return;
        setOutcome({ key: setupKey, setup: { kind: 'ready' } });
        // Keyboard and screen reader users start at the caption; focus inside the card stays put.
        requestAnimationFrame(() => {
          if (!card.current?.contains(document.activeElement)) heading.current?.focus();
        });
      } catch (error) {
        if (!cancelled)
          setOutcome({
            key: setupKey,
            setup: {
              kind: 'error',
              reason: error instanceof Error ? error.message : String(error),
            },
          });
      }
    })();
    return () => {
      cancelled = true;
    };
    // A chapter is set up when it is asked for (or again on Try again), not on every session write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [number, attempt]);

  return { setup, retry: () => setAttempt((value) => value + 1) };
}
