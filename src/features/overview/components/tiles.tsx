import { Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { paths } from '@/config/paths';
import type { BillingSubscription } from '@/contract/billing';
import type { GenericResource } from '@/contract/resources';
import { AppLink } from '@/components/app-link';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { countResourcesByKind } from '@/features/overview/components/resource-counts';
import { overviewMessages } from '@/features/overview/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(280px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: { minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  amount: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  factValue: { margin: 0 },
});

type Billing = BillingSubscription['properties'];

/** One Overview tile: a card that is a region named by its own heading. */
function Tile({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <CardHeader
        header={
          <h2 id={headingId} className={styles.title}>
            {title}
          </h2>
        }
      />
      {children}
    </Card>
  );
}

/** Spend this period; once billing stops (R4) the figure is frozen and the tile says since when. */
export function CostTile({ billing }: { billing: Billing }) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const f = useFormat();
  const stoppedAt =
    billing.billingStatus === 'Stopped'
      ? billing.lifecycle.cancellation?.billingStoppedAt
      : undefined;
  const period = billing.currentPeriod;
  return (
    <Tile title={t.costTitle}>
      <Text className={styles.amount}>
        {f.money(billing.monthToDateCharges.amount, billing.monthToDateCharges.currency)}
      </Text>
      <p className={styles.muted}>
        {t.costPeriod(t.range(f.date(period.start), f.date(period.end)))}
      </p>
      {stoppedAt && <p className={styles.muted}>{t.billingStopped(f.dateTime(stoppedAt))}</p>}
      {(billing.creditRemaining || billing.supportPlan) && (
        <dl className={styles.facts}>
          {billing.creditRemaining && (
            <>
              <dt>{t.creditRemaining}</dt>
              <dd className={styles.factValue}>
                {f.money(billing.creditRemaining.amount, billing.creditRemaining.currency)}
              </dd>
            </>
          )}
          {billing.supportPlan && (
            <>
              <dt>{t.supportPlan}</dt>
              <dd className={styles.factValue}>
                {t.supportPlanValue(
                  billing.supportPlan.name,
                  f.money(billing.supportPlan.monthlyPrice, billing.supportPlan.currency),
                )}
              </dd>
            </>
          )}
        </dl>
      )}
    </Tile>
  );
}

interface ResourcesTileProps {
  subscriptionId: string;
  resources: readonly GenericResource[] | undefined;
  error: unknown;
  onRetry: () => void;
}

/** Counts by type, linking to the Resources blade. */
export function ResourcesTile({ subscriptionId, resources, error, onRetry }: ResourcesTileProps) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const f = useFormat();
  const counts = resources ? countResourcesByKind(resources) : [];
  return (
    <Tile title={t.resourcesTitle}>
      {error ? <QueryError error={error} onRetry={onRetry} /> : null}
      {!resources && !error && <Loading />}
      {resources && counts.length === 0 && <p className={styles.muted}>{t.noResources}</p>}
      {counts.length > 0 && (
        <ul className={styles.list}>
          {counts.map(({ kind, count }) => (
            <li key={kind} className={styles.row}>
              <span>{t.resourceTypes[kind]}</span>
              <strong>{f.number(count)}</strong>
            </li>
          ))}
        </ul>
      )}
      <AppLink to={paths.resources.getHref(subscriptionId)}>{t.viewAllResources}</AppLink>
    </Tile>
  );
}

export function OverviewTiles({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.tiles}>{children}</div>;
}
