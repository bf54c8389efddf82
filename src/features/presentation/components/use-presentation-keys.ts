import { useEffect } from 'react';

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

/** What the presentation's keys do. */
export interface PresentationKeyActions {
  number: number;
  goTo: (chapter: number) => void;
  exit: () => Promise<void>;
  togglePlaying: () => void;
  toggleNotes: () => void;
}

/**
 * The presentation's keys, anywhere on the page: → and ← move between chapters, Escape ends the
 * presentation, Space plays or pauses, N shows or hides the notes.
 */
export function usePresentationKeys({
  number,
  goTo,
  exit,
  togglePlaying,
  toggleNotes,
}: PresentationKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!ownsKey(event)) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => goTo(number + 1),
        ArrowLeft: () => goTo(number - 1),
        Escape: () => void exit(),
        ' ': togglePlaying,
        n: toggleNotes,
        N: toggleNotes,
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
  }, [goTo, exit, number, togglePlaying, toggleNotes]);
}
