import {
  cloneElement,
  useEffect,
  useId,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
} from 'react';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';

const tooltipModule = deferredModule(() => import('@/components/deferred/fluent-tooltip'));

// Fluent's own delays.
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 250;

interface TriggerProps {
  'aria-describedby'?: string;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
}

export interface DeferredTooltipProps {
  /** The tooltip's text; it is also the trigger's accessible description from the first render. */
  content: string;
  position?: 'above' | 'below' | 'before' | 'after';
  /** One element that takes the pointer and focus handlers (a link, a button). */
  children: ReactElement<TriggerProps>;
}

/** One pending show or hide at a time, as Fluent's tooltip has. */
function useVisibilityTimer(setVisible: (visible: boolean) => void) {
  const [timer] = useState(() => {
    let pending: number | undefined;
    return {
      set: (visible: boolean, delay: number) => {
        window.clearTimeout(pending);
        pending = window.setTimeout(() => setVisible(visible), delay);
      },
      cancel: () => window.clearTimeout(pending),
    };
  });
  useEffect(() => timer.cancel, [timer]);
  return timer;
}

/**
 * A Fluent Tooltip (relationship "description") whose code downloads on the first hover or focus of
 * its trigger, and which shows on that first hover. The trigger is never re-created: the tooltip is
 * anchored to it from beside it, and this component opens and closes it with Fluent's delays; Fluent
 * does the rest (position, Escape, one tooltip at a time, staying open while hovered). Measured:
 * Fluent's Tooltip in the first load would add 13.4 KB gzip before the list shows (Floating UI's
 * positioning and Fluent's portal come with it).
 */
export function DeferredTooltip({ content, position = 'above', children }: DeferredTooltipProps) {
  const loaded = useDeferredModule(tooltipModule);
  const contentId = useId();
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const [visible, setVisible] = useState(false);
  const timer = useVisibilityTimer(setVisible);
  // The tooltip is anchored to the trigger that was hovered or focused. Learnt then, not from a ref
  // at mount: a ref's state update would render every trigger again, synchronously, inside the
  // first commit (the left menu's links, in the first load's longest task).
  const show = (trigger: HTMLElement) => {
    setTarget(trigger);
    tooltipModule.prefetch();
    timer.set(true, SHOW_DELAY_MS);
  };
  const hide = () => timer.set(false, HIDE_DELAY_MS);

  const { props } = children;
  const trigger = cloneElement(children, {
    'aria-describedby': props['aria-describedby']
      ? `${props['aria-describedby']} ${contentId}`
      : contentId,
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      props.onPointerEnter?.(event);
      show(event.currentTarget);
    },
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      props.onPointerLeave?.(event);
      hide();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      props.onFocus?.(event);
      show(event.currentTarget);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      props.onBlur?.(event);
      timer.set(false, 0);
    },
  });

  return (
    <>
      {trigger}
      {loaded && target ? (
        <loaded.Tooltip
          relationship="description"
          content={{
            children: content,
            id: contentId,
            onPointerEnter: timer.cancel,
            onPointerLeave: hide,
          }}
          positioning={{ position, target }}
          visible={visible}
          onVisibleChange={(_, data) => {
            timer.cancel();
            setVisible(data.visible);
          }}
        >
          {/* Fluent wants a child to attach itself to; the real trigger is `target`. */}
          <span hidden />
        </loaded.Tooltip>
      ) : (
        <span id={contentId} hidden>
          {content}
        </span>
      )}
    </>
  );
}
