import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { NavLink } from 'react-router';
import { DeferredTooltip } from '@/components/deferred/deferred-tooltip';
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
  },
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

export function LeftNav({ collapsed }: { collapsed: boolean }) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  return (
    <nav className={styles.nav} aria-label={t.portalNavigation}>
      <ul className={styles.list}>
        {NAV_ITEMS.map(({ to, label, icon: Icon }) => {
          const link = (
            <NavLink
              to={to}
              end={to === '/'}
              aria-label={collapsed ? t[label] : undefined}
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
