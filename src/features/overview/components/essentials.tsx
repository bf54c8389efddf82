import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { RoleDefinitionName } from '@/contract/authorization';
import type { BillingSubscription } from '@/contract/billing';
import type { Subscription } from '@/contract/subscriptions';
import { SectionHeading } from '@/components/blade/section-heading';
import { CopyButton } from '@/features/overview/components/copy-button';
import { overviewMessages } from '@/features/overview/messages';
import { useFormat } from '@/lib/i18n/format';
import { commonMessages, offerDisplayName } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))',
    columnGap: tokens.spacingHorizontalXXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 35%) minmax(0, 1fr)',
    alignItems: 'center',
    minWidth: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

interface EssentialsProps {
  subscription: Subscription;
  billing: BillingSubscription['properties'] | undefined;
  role: RoleDefinitionName | undefined;
  directory: string | undefined;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.item}>
      <dt id={id} className={styles.term}>
        {label}
      </dt>
      <dd className={styles.value} aria-labelledby={id}>
        {children}
      </dd>
    </div>
  );
}

/** The Essentials panel: a definition list whose labels are part of the public contract (§5). */
export function Essentials({ subscription, billing, role, directory }: EssentialsProps) {
  const styles = useStyles();
  const t = useMessages(overviewMessages);
  const common = useMessages(commonMessages);
  const f = useFormat();
  const headingId = useId();
  const period = billing?.currentPeriod;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{t.essentials}</SectionHeading>
      <dl className={styles.list}>
        <Row label={t.subscriptionId}>
          <span className={styles.mono}>{subscription.subscriptionId}</span>
          <CopyButton text={subscription.subscriptionId} label={t.copyId} />
        </Row>
        <Row label={t.subscriptionName}>{subscription.displayName}</Row>
        <Row label={t.directory}>{directory ?? '—'}</Row>
        <Row label={t.myRole}>{role ? common.role[role] : '—'}</Row>
        <Row label={t.offer}>
          {offerDisplayName(common, billing?.offerId, billing?.offerName) ?? '—'}
        </Row>
        <Row label={t.offerId}>{billing?.offerId ?? '—'}</Row>
        <Row label={t.status}>{common.status[subscription.state]}</Row>
        <Row label={t.billingPeriod}>
          {period ? t.range(f.date(period.start), f.date(period.end)) : '—'}
        </Row>
        <Row label={t.currency}>{billing?.currency ?? '—'}</Row>
      </dl>
    </section>
  );
}
