import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const useStyles = makeStyles({
  ring: {
    position: 'fixed',
    pointerEvents: 'none',
    zIndex: 90,
    borderRadius: tokens.borderRadiusLarge,
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '3px',
    boxShadow: `0 0 0 9999px rgba(0, 0, 0, 0.12)`,
    transitionProperty: 'top, left, width, height',
    transitionDuration: tokens.durationNormal,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0s' },
  },
});

/** The ring's outline and its offset, outside the box: kept inside the portal's page too. */
const OUTLINE = 6;

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * The part of `rect` that shows inside the page's scrolling area (`main`, which ends where the docked
 * caption begins), so the ring never reaches over the caption or the top bar; null when none shows.
 */
function visiblePart(rect: DOMRect, area: DOMRect | undefined): Box | null {
  if (!area) return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
  const top = Math.max(rect.top, area.top + OUTLINE);
  const left = Math.max(rect.left, area.left + OUTLINE);
  const bottom = Math.min(rect.bottom, area.bottom - OUTLINE);
  const right = Math.min(rect.right, area.right - OUTLINE);
  if (bottom <= top || right <= left) return null;
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * Outlines the part of the screen a caption talks about. It follows the element as the blade
 * renders, scrolls and resizes (one measurement a frame), and is only a picture: screen readers get
 * the caption, and clicks go through to the portal underneath.
 */
export function TargetRing({ selector }: { selector: string | null }) {
  const styles = useStyles();
  // Kept with the selector it measured, so a new chapter never shows the last one's ring.
  const [measured, setMeasured] = useState<{ selector: string; box: Box | null } | null>(null);
  useEffect(() => {
    if (selector === null) return;
    let frame = 0;
    // Where the element sat in the page's content when it was last scrolled to. Content that loads
    // above it later (a list's rows, a notice) pushes it down, out of view: it is scrolled to again.
    // A reader's own scrolling moves the page, not the element within it, so it is never undone.
    let scrolledTo: { element: Element; offset: number } | null = null;
    const measure = () => {
      const element = document.querySelector(selector);
      if (element) {
        const main = element.closest('main');
        const area = main?.getBoundingClientRect();
        let rect = element.getBoundingClientRect();
        const offset = rect.top - (area?.top ?? 0) + (main?.scrollTop ?? 0);
        if (
          scrolledTo === null ||
          scrolledTo.element !== element ||
          Math.abs(scrolledTo.offset - offset) > 1
        ) {
          // Its top in view when it is taller than the page's room, all of it otherwise.
          const tall = area !== undefined && rect.height > area.height;
          element.scrollIntoView({ block: tall ? 'start' : 'nearest' });
          scrolledTo = { element, offset };
          // Scrolled: where it is now (the page's area does not move, only its content).
          rect = element.getBoundingClientRect();
        }
        const box = visiblePart(rect, area);
        setMeasured((previous) =>
          previous?.selector === selector &&
          previous.box?.top === box?.top &&
          previous.box?.left === box?.left &&
          previous.box?.width === box?.width &&
          previous.box?.height === box?.height
            ? previous
            : { selector, box },
        );
      } else
        setMeasured((previous) => (previous?.box === null ? previous : { selector, box: null }));
      frame = requestAnimationFrame(measure);
    };
    measure();
    return () => cancelAnimationFrame(frame);
  }, [selector]);
  const box = measured?.selector === selector ? measured.box : null;
  if (selector === null || box === null || box.width === 0) return null;
  return <div aria-hidden data-presentation-outline="" className={styles.ring} style={box} />;
}
