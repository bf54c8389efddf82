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

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
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
    let scrolled = false;
    const measure = () => {
      const element = document.querySelector(selector);
      if (element) {
        if (!scrolled) {
          element.scrollIntoView({ block: 'nearest' });
          scrolled = true;
        }
        const rect = element.getBoundingClientRect();
        setMeasured((previous) =>
          previous?.selector === selector &&
          previous.box?.top === rect.top &&
          previous.box.left === rect.left &&
          previous.box.width === rect.width &&
          previous.box.height === rect.height
            ? previous
            : {
                selector,
                box: { top: rect.top, left: rect.left, width: rect.width, height: rect.height },
              },
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
  return <div aria-hidden className={styles.ring} style={box} />;
}
