import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Opens the notes window; in the click's own handler, so that no popup blocker stops it. */
export function openNotesWindow(title: string): Window | null {
  const opened = window.open('', 'azclone-presenter-notes', 'popup,width=520,height=420');
  if (!opened) return null;
  opened.document.title = title;
  opened.document.body.style.cssText =
    'font: 18px/1.5 "Segoe UI", system-ui, sans-serif; margin: 24px; color: #201f1e';
  return opened;
}

/**
 * The presenter notes in a second window (for a second screen): the same React tree renders into it,
 * so it follows the chapters with no messages to keep in step. Closing either side ends it.
 */
export function NotesWindow({
  popup,
  onClosed,
  children,
}: {
  popup: Window;
  onClosed: () => void;
  children: ReactNode;
}) {
  useEffect(() => {
    const watch = window.setInterval(() => popup.closed && onClosed(), 500);
    return () => window.clearInterval(watch);
  }, [popup, onClosed]);
  useEffect(() => () => popup.close(), [popup]);
  return createPortal(children, popup.document.body);
}
