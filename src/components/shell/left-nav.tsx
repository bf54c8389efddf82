import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { NavLink } from 'react-router';
import { DeferredTooltip } from '@/components/deferred/deferred-tooltip';
import { PHONE_MEDIA } from '@/components/shell/breakpoints';
import { shellMessages } from '@/components/shell/messages';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  nav: {
    gridArea: 'nav',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
    overflowY: 'auto',
    [PHONE_MEDIA]: {
      position: 'fixed',
      top: '40px',
      bottom: 0,
      left: 0,
      zIndex: 50,
      width: 'min(280px, 85vw)',
      boxShadow: tokens.shadow28,
    },
  },
  // Collapsed to icons on a tablet; on a phone, closed.
  phoneClosed: { [PHONE_MEDIA]: { display: 'none' } },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minHeight: '40px',
    paddingInline: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandForeground1}`,
  },
  icon: { fontSize: '20px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  collapsedLink: { justifyContent: 'center', paddingInline: 0 },
});

export function LeftNav({
  collapsed,
  onNavigate,
}: {
  collapsed: boolean;
  onNavigate?: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  return (
    <nav
      className={mergeClasses(styles.nav, collapsed && styles.phoneClosed)}
      aria-label={t.portalNavigation}
    >
      <ul className={styles.list}>
        {NAV_ITEMS.map(({ to, label, icon: Icon }) => {
          const link = (
            <NavLink
              to={to}
              end={to === '/'}
              aria-label={collapsed ? t[label] : undefined}
              onClick={onNavigate}
              className={({ isActive }) =>
                mergeClasses(
                  styles.link,
                  collapsed && styles.collapsedLink,
                  isActive && styles.active,
                )
              }
            >
              <Icon className={styles.icon} aria-hidden />
              {!collapsed && <span>{t[label]}</span>}
            </NavLink>
          );
          return (
            <li key={to}>
              {collapsed ? (
                <DeferredTooltip content={t[label]} position="after">
                  {link}
                </DeferredTooltip>
              ) : (
                link
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
