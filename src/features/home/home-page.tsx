import { makeStyles, tokens } from '@fluentui/react-components';
import { Link } from 'react-router';
import { Blade } from '@/components/blade/blade';
import { shellMessages } from '@/components/shell/messages';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { homeMessages } from '@/features/home/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  welcome: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalXXL} 0 ${tokens.spacingVerticalM}`,
  },
  tiles: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    width: '112px',
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
});

export function HomePage() {
  const styles = useStyles();
  const t = useMessages(homeMessages);
  const nav = useMessages(shellMessages);
  return (
    <Blade title={t.title}>
      <p className={styles.welcome}>{t.welcome}</p>
      <p className={styles.intro}>{t.intro}</p>
      <h2 className={styles.heading}>{t.services}</h2>
      <ul className={styles.tiles}>
        {NAV_ITEMS.filter((item) => item.service).map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <Link to={to} className={styles.tile}>
              <Icon className={styles.icon} aria-hidden />
              {nav[label]}
            </Link>
          </li>
        ))}
      </ul>
    </Blade>
  );
}
