/**
 * Prefetch on intent: when the pointer comes over a link, or a link gets the focus, the code of the
 * blade it leads to starts downloading, so that by the click (some 100–300 ms later for a person) it is
 * there and the blade renders at once. One listener for the whole document covers every link, the
 * router's and Fluent's alike. Only code: the blade's reads still leave when it opens, so a suite's
 * view of the ARM calls does not change with where the mouse has been. Measured, alternating builds:
 * list to Overview after a 150 ms rest on the link, 135 ms with it against 223 ms without; it costs
 * 0.2 KB gzip before the list shows. React Router's own `<Link prefetch="intent">` works only under
 * its framework mode's `HydratedRouter`, not with the declarative `BrowserRouter` the portal uses.
 */
export function installRoutePrefetch(
  preload: (pathname: string) => void,
  target: Document = document,
): () => void {
  const seen = new Set<string>();
  const onIntent = (event: Event): void => {
    const element = event.target;
    if (!(element instanceof Element)) return;
    const link = element.closest('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (link.origin !== window.location.origin || link.hasAttribute('download')) return;
    if (seen.has(link.pathname)) return;
    seen.add(link.pathname);
    preload(link.pathname);
  };
  target.addEventListener('pointerover', onIntent, { passive: true });
  target.addEventListener('focusin', onIntent);
  return () => {
    target.removeEventListener('pointerover', onIntent);
    target.removeEventListener('focusin', onIntent);
  };
}
