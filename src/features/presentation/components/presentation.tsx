import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  DismissRegular,
  NotepadRegular,
  PauseRegular,
  PlayRegular,
  WindowNewRegular,
} from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setUpChapter } from '@/features/presentation/api/chapter-setup';
import {
  readSession,
  withoutPresentParams,
  writeSession,
  type PresentationSession,
} from '@/features/presentation/api/presentation-session';
import { CHAPTERS } from '@/features/presentation/chapters';
import { NotesWindow, openNotesWindow } from '@/features/presentation/components/notes-window';
import { TargetRing } from '@/features/presentation/components/target-ring';
import { presentationMessages } from '@/features/presentation/messages';
import { restoreDemoSnapshot, takeDemoSnapshot } from '@/lib/demo-snapshot';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';
import { refreshAfterDemoChange } from '@/lib/api/refresh-after-demo-change';

/** How long a chapter stays on screen when the presentation advances by itself. */
const AUTO_ADVANCE_MS = 12_000;

const useStyles = makeStyles({
  card: {
    position: 'fixed',
    zIndex: 100,
    right: tokens.spacingHorizontalL,
    bottom: tokens.spacingVerticalL,
    width: '420px',
    maxHeight: 'calc(100vh - 80px)',
    overflowY: 'auto',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow28,
    // A projector at 768 px: the card spans the bottom of the screen instead of covering a column.
    '@media (max-width: 900px)': {
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: tokens.spacingVerticalS,
      width: 'auto',
      maxHeight: '45vh',
    },
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  progress: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  rules: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: {
    margin: 0,
    // Room for the focus ring (the title takes focus at each chapter) above the caption.
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  caption: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  notes: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  keys: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

type Setup = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; reason: string };

/** Keys typed into a form field, or that a focused widget moves within, are not the presentation's. */
function ownsKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (
    target?.closest(
      'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"], [role="listbox"]',
    )
  )
    return false;
  if (
    (event.key === 'ArrowLeft' || event.key === 'ArrowRight') &&
    target?.closest(
      '[role="toolbar"], [role="tablist"], [role="radiogroup"], [role="menu"], [role="listbox"], [role="grid"], [role="slider"]',
    )
  )
    return false;
  // Space on a button or link presses it.
  if (event.key === ' ' && target?.closest('button, a, [role="button"], [role="checkbox"]'))
    return false;
  return true;
}

/**
 * The seed's story told by the portal itself (contract §8): each chapter puts the mock at a moment of
 * the story and opens its blade, and a caption card beside the UI quotes the seed and outlines what it
 * talks about. The portal stays live underneath.
 *
 * Our own card (Fluent tokens) rather than a tour library: Shepherd.js and Intro.js are AGPL-3.0;
 * driver.js (MIT) and react-joyride (MIT) anchor each step to an element present when the step starts
 * and lay an overlay over the page, while a chapter here first changes the mock and the route, the
 * page must stay usable, and the contract names the region and its live caption, which we control
 * directly this way.
 */
export function Presentation({ session }: { session: PresentationSession }) {
  const styles = useStyles();
  const t = useMessages(presentationMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [playing, setPlaying] = useState(false);
  const [notesShown, setNotesShown] = useState(false);
  const [notesWindow, setNotesWindow] = useState<Window | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Each outcome is kept with the chapter (and attempt) it belongs to: another one is loading.
  const [outcome, setOutcome] = useState<{ key: string; setup: Setup } | null>(null);
  const card = useRef<HTMLElement>(null);
  const exiting = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const number = Math.min(session.chapter, CHAPTERS.length);
  const chapter = CHAPTERS[number - 1]!;
  const text = t.chapters[chapter.key];
  const setupKey = `${number}:${attempt}`;
  const setup: Setup = outcome?.key === setupKey ? outcome.setup : { kind: 'loading' };
  const autoAdvancing = playing && number < CHAPTERS.length;
  // Read when a chapter is set up, without making a moved address or a new language set it up again.
  const startedFrom = useEffectEvent(() => ({
    locale,
    path: `${location.pathname}${withoutPresentParams(location.search)}`,
  }));

  const closeNotesWindow = useCallback(() => setNotesWindow(null), []);

  const goTo = useCallback(
    (next: number) => {
      if (next < 1 || next > CHAPTERS.length) return;
      // The stored session, which may already hold what was there before (written by the set-up).
      writeSession({ ...(readSession() ?? session), chapter: next });
    },
    [session],
  );

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
      await refreshAfterDemoChange(queryClient, { world: true });
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
    const onKey = (event: KeyboardEvent) => {
      if (!ownsKey(event)) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => goTo(number + 1),
        ArrowLeft: () => goTo(number - 1),
        Escape: () => void exit(),
        ' ': () => setPlaying((value) => !value),
        n: () => setNotesShown((value) => !value),
        N: () => setNotesShown((value) => !value),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    // In the capture phase: the presentation's keys reach it before any widget of the blade acts on
    // them (ownsKey leaves a widget's own keys to it).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [goTo, exit, number]);

  useEffect(() => {
    if (!autoAdvancing || setup.kind !== 'ready') return;
    const timer = window.setTimeout(() => goTo(number + 1), AUTO_ADVANCE_MS);
    return () => window.clearTimeout(timer);
  }, [autoAdvancing, setup.kind, number, goTo]);

  const notes = <p className={styles.notes}>{text.notes}</p>;
  return (
    <>
      <TargetRing selector={setup.kind === 'ready' ? chapter.target : null} />
      <section ref={card} role="region" aria-label={t.region} className={styles.card}>
        <div className={styles.top}>
          <span className={styles.progress} aria-label={t.progressLabel(number, CHAPTERS.length)}>
            {t.progress(number, CHAPTERS.length)}
          </span>
          <span className={styles.rules}>{chapter.rules}</span>
        </div>
        <div aria-live="polite" aria-atomic="true">
          <h2 ref={heading} tabIndex={-1} className={styles.title}>
            {text.title}
          </h2>
          <p className={styles.caption} lang={locale}>
            {text.caption}
          </p>
        </div>
        {setup.kind === 'loading' && (
          <div className={styles.status} role="status">
            <Spinner size="tiny" />
            {t.settingUp}
          </div>
        )}
        {setup.kind === 'error' && (
          <div className={styles.status} role="alert">
            <p className={styles.error}>{t.failed(setup.reason)}</p>
            <Button size="small" onClick={() => setAttempt((value) => value + 1)}>
              {t.retry}
            </Button>
          </div>
        )}
        {notesShown && notes}
        <div className={styles.controls}>
          <Button
            icon={<ArrowLeftRegular />}
            disabled={number <= 1}
            onClick={() => goTo(number - 1)}
          >
            {t.previous}
          </Button>
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            disabled={number >= CHAPTERS.length}
            onClick={() => goTo(number + 1)}
          >
            {t.next}
          </Button>
          <Button
            icon={autoAdvancing ? <PauseRegular /> : <PlayRegular />}
            aria-pressed={autoAdvancing}
            disabled={number >= CHAPTERS.length}
            onClick={() => setPlaying((value) => !value)}
          >
            {autoAdvancing ? t.pause : t.play}
          </Button>
          <Button
            icon={<NotepadRegular />}
            aria-expanded={notesShown}
            onClick={() => setNotesShown((value) => !value)}
          >
            {t.notes}
          </Button>
          <Button
            icon={<WindowNewRegular />}
            disabled={notesWindow !== null}
            onClick={() => setNotesWindow(openNotesWindow(t.notesWindowTitle))}
          >
            {t.notesWindow}
          </Button>
          <Button icon={<DismissRegular />} onClick={() => void exit()}>
            {t.exit}
          </Button>
        </div>
        <p className={styles.keys}>{t.keys}</p>
      </section>
      {notesWindow && (
        <NotesWindow popup={notesWindow} onClosed={closeNotesWindow}>
          <h1>
            {t.progress(number, CHAPTERS.length)} — {text.title}
          </h1>
          <p>{text.caption}</p>
          <p>{text.notes}</p>
        </NotesWindow>
      )}
    </>
  );
}
