import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return ['textbox', 'combobox', 'searchbox', 'spinbutton'].includes(
    target.getAttribute('role') ?? '',
  );
}

/**
 * The portal's search shortcut, advertised as "G+/": `/` focuses global search, on its own or after
 * `G` (a `G` typed outside a field does nothing else, so the chord needs no state). Inside a field
 * `/` is just a character.
 */
export function useSearchShortcut(onFocusSearch: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      )
        return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      onFocusSearch();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onFocusSearch]);
}
