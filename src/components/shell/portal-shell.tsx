import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MENU_ICONS_BELOW, PHONE_MEDIA, PHONE_QUERY } from '@/components/shell/breakpoints';
import { LeftNav } from '@/components/shell/left-nav';
import { shellMessages } from '@/components/shell/messages';
import { TopBar } from '@/components/shell/top-bar';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useMediaQuery } from '@/lib/use-media-query';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateAreas: '"top top" "nav main"',
    gridTemplateRows: '40px 1fr',
    gridTemplateColumns: '220px minmax(0, 1fr)',
    // A docked presentation caption takes the bottom or the right of the window (its own variables,
    // set while it is shown): the portal narrows beside it, so the card never covers the page.
    height: 'calc(100vh - var(--presentation-dock-block, 0px))',
    width: 'calc(100% - var(--presentation-dock-inline, 0px))',
    minWidth: '320px',
    backgroundColor: tokens.colorNeutralBackground1,
    // On a phone the menu is not a column: it opens over the page from the menu button.
    [PHONE_MEDIA]: { gridTemplateAreas: '"top" "main"', gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  collapsed: {
    gridTemplateColumns: '48px minmax(0, 1fr)',
    [PHONE_MEDIA]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  // Behind the menu opened over the page on a phone: a tap on the page closes the menu, as in the
  // real portal, instead of going through to whatever lies under it.
  scrim: {
    position: 'fixed',
    inset: '40px 0 0 0',
    zIndex: 49,
    backgroundColor: tokens.colorBackgroundOverlay,
  },
  main: { gridArea: 'main', overflow: 'auto', minWidth: 0, ':focus': { outline: 'none' } },
  // While the mock starts, the blade renders unseen; the loading state shows in its place.
  starting: { visibility: 'hidden' },
  startingState: { gridArea: 'main', padding: tokens.spacingHorizontalL },
  skip: {
    position: 'absolute',
    left: '-9999px',
    top: '4px',
    zIndex: 1000,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { left: '4px' },
  },
});

export interface PortalShellProps {
  search?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /**
   * The mock backend is still starting: `main` stays hidden until it answers, so a visible `main`
   * means calls can be made (e2e/fixtures.ts and outside suites wait for it).
   */
  starting?: ReactNode;
}

export function PortalShell({ search, actions, children, starting }: PortalShellProps) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < MENU_ICONS_BELOW);
  const menuButton = useRef<HTMLButtonElement>(null);
  // On a phone the open menu lies over the page; Esc or a tap beside it closes it.
  const phone = useMediaQuery(PHONE_QUERY);
  const menuOverPage = phone && !collapsed;
  useEffect(() => {
    if (!menuOverPage) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setCollapsed(true);
      // Focus was in the menu, which is gone: back to the button that opened it.
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOverPage]);
  return (
    <div className={mergeClasses(styles.root, collapsed && styles.collapsed)}>
      <a className={styles.skip} href="#main">
        {t.skipToContent}
      </a>
      <TopBar
        navCollapsed={collapsed}
        menuButtonRef={menuButton}
        onToggleNav={() => setCollapsed((value) => !value)}
        search={search}
        actions={actions}
      />
      {menuOverPage ? (
        <div className={styles.scrim} aria-hidden onClick={() => setCollapsed(true)} />
      ) : null}
      <LeftNav
        collapsed={collapsed}
        // On a phone the open menu covers the page: going somewhere closes it.
        onNavigate={() => {
          if (phone) setCollapsed(true);
        }}
      />
      <main
        id="main"
        className={mergeClasses(styles.main, starting !== undefined && styles.starting)}
        aria-busy={starting !== undefined || undefined}
        tabIndex={-1}
      >
        {children}
      </main>
      {starting !== undefined ? <div className={styles.startingState}>{starting}</div> : null}
    </div>
  );
}
