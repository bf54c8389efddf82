import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { NavigationRegular } from '@fluentui/react-icons';
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { PHONE_MEDIA } from '@/components/shell/breakpoints';
import { shellMessages } from '@/components/shell/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  bar: {
    gridArea: 'top',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '40px',
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: '#1b1a19',
    color: '#ffffff',
    [PHONE_MEDIA]: { gap: 0, paddingInline: 0 },
  },
  menu: {
    color: '#ffffff',
    minWidth: '32px',
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
  },
  brand: {
    color: '#ffffff',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    paddingInline: tokens.spacingHorizontalS,
    // The bar's buttons keep their room; on a narrow phone the name gives way (never under them).
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    [PHONE_MEDIA]: { paddingInline: tokens.spacingHorizontalXS },
    ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: '2px' },
  },
  middle: { flex: 1, display: 'flex', justifyContent: 'center', minWidth: 0 },
  end: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    [PHONE_MEDIA]: { gap: 0 },
  },
});

export interface TopBarProps {
  navCollapsed: boolean;
  onToggleNav: () => void;
  /** The menu button, which focus returns to when the menu is closed from inside it. */
  menuButtonRef?: Ref<HTMLButtonElement>;
  /** Global search, in the middle. */
  search?: ReactNode;
  /** Buttons and the account, at the end. */
  actions?: ReactNode;
}

export function TopBar({ navCollapsed, onToggleNav, menuButtonRef, search, actions }: TopBarProps) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  return (
    <header className={styles.bar}>
      <Button
        appearance="transparent"
        className={styles.menu}
        icon={<NavigationRegular />}
        aria-label={navCollapsed ? t.showMenu : t.hideMenu}
        aria-expanded={!navCollapsed}
        ref={menuButtonRef}
        onClick={onToggleNav}
      />
      <Link to="/" className={styles.brand}>
        {t.brand}
      </Link>
      <div className={styles.middle}>{search}</div>
      <div className={styles.end}>{actions}</div>
    </header>
  );
}
