import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';

const arrowNavigationModule = deferredModule(
  () => import('@/components/deferred/fluent-arrow-navigation'),
);

// Fluent Toolbar's own root styles (useToolbarStyles_unstable), class name included.
const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', padding: '4px 8px' },
  small: { padding: '0px 4px' },
  large: { padding: '4px 20px' },
});

export interface DeferredToolbarProps {
  'aria-label': string;
  size?: 'small' | 'medium' | 'large';
  /** ToolbarButtons (they need no Toolbar context). */
  children: ReactNode;
}

/**
 * Fluent's Toolbar as it looks and reads (`role="toolbar"`, its padding), with its arrow-key
 * navigation, and Tabster behind it, loaded when focus first enters: only the keyboard uses it, and
 * loaded once the page had settled it made a long task of its own (docs/performance.md). Until then
 * each button is its own tab stop, which for one button is no difference at all.
 * Measured: the arrow-key navigation in the first load would add 17.8 KB gzip (Tabster) before the
 * list shows.
 */
export function DeferredToolbar({
  'aria-label': label,
  size = 'medium',
  children,
}: DeferredToolbarProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const loaded = useDeferredModule(arrowNavigationModule);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      className={mergeClasses(
        'fui-Toolbar',
        styles.root,
        size === 'small' && styles.small,
        size === 'large' && styles.large,
      )}
      onFocus={loaded ? undefined : arrowNavigationModule.prefetch}
    >
      {children}
      {loaded && <loaded.ArrowNavigation target={ref} />}
    </div>
  );
}
