import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PHONE_MEDIA } from '@/components/shell/breakpoints';
import { shellMessages } from '@/components/shell/messages';
import { paths } from '@/config/paths';
import { useMessages } from '@/lib/i18n/locale-provider';

export interface Crumb {
  label: string;
  to: string;
}

const useStyles = makeStyles({
  blade: { display: 'flex', flexDirection: 'column', minHeight: '100%', minWidth: 0 },
  header: {
    paddingInline: tokens.spacingHorizontalXXL,
    paddingTop: tokens.spacingVerticalM,
    [PHONE_MEDIA]: { paddingInline: tokens.spacingHorizontalM },
  },
  crumbs: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
  },
  crumbLink: {
    color: tokens.colorBrandForegroundLink,
    // A long name (64 characters, no spaces) wraps inside the crumb instead of widening the page.
    overflowWrap: 'anywhere',
    minWidth: 0,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
  },
  chevron: { fontSize: '12px', color: tokens.colorNeutralForeground3 },
  titleRow: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase600,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  commands: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalS,
    [PHONE_MEDIA]: { paddingInline: tokens.spacingHorizontalXS },
  },
  content: {
    flex: 1,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
    [PHONE_MEDIA]: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

export interface BladeProps {
  title: string;
  subtitle?: string;
  /** Crumbs above the title; Home comes first by itself. */
  crumbs?: Crumb[];
  /** The command bar under the title (a Fluent Toolbar). */
  commands?: ReactNode;
  children: ReactNode;
}

/** A portal blade: breadcrumbs, title, command bar and content, inside the page's main landmark. */
export function Blade({ title, subtitle, crumbs = [], commands, children }: BladeProps) {
  const styles = useStyles();
  const t = useMessages(shellMessages);
  useEffect(() => {
    document.title = `${title} - ${t.brand}`;
  }, [title, t.brand]);
  const trail: Crumb[] = [{ label: t.home, to: paths.home.getHref() }, ...crumbs];
  return (
    <div className={styles.blade}>
      <div className={styles.header}>
        <nav aria-label={t.breadcrumb}>
          <ol className={styles.crumbs}>
            {trail.map((crumb, index) => (
              <li key={crumb.to} style={{ display: 'contents' }}>
                {index > 0 && <ChevronRightRegular className={styles.chevron} aria-hidden />}
                <Link className={styles.crumbLink} to={crumb.to}>
                  {crumb.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{title}</h1>
          {subtitle && <span className={styles.subtitle}>{subtitle}</span>}
        </div>
      </div>
      {commands && <div className={styles.commands}>{commands}</div>}
      <div className={styles.content}>{children}</div>
    </div>
  );
}
