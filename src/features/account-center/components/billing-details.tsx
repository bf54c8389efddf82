import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { BillingSubscription } from '@/contract/billing';
import type { SubscriptionState } from '@/contract/subscriptions';
import { SectionHeading } from '@/components/blade/section-heading';
import { DataTable } from '@/components/table/data-table';
import { LifecycleNotice } from '@/components/lifecycle/lifecycle-notice';
import {
  offersSelfServiceReactivation,
  ReactivateAction,
  useMayReactivate,
} from '@/features/account-center/components/reactivate-action';
import { accountMessages } from '@/features/account-center/messages';
import { useFormat } from '@/lib/i18n/format';
import { commonMessages, offerDisplayName } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    // A 64-character name without spaces wraps instead of widening the blade.
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    margin: 0,
  },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  note: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

function Fact({ term, value }: { term: string; value: string }) {
  const styles = useStyles();
  return (
    <div>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );
}

/** One subscription's billing: where it stands (R4–R11), this period, invoices (R7), support plan charges (R8). */
export function BillingDetails({
  billing,
  state,
}: {
  billing: BillingSubscription['properties'];
  state: SubscriptionState | undefined;
}) {
  const styles = useStyles();
  const t = useMessages(accountMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const [reactivated, setReactivated] = useState(false);
  const mayReactivate = useMayReactivate(billing);
  const {
    currentPeriod,
    monthToDateCharges,
    creditRemaining,
    supportPlan,
    invoices,
    lifecycle,
    currency,
  } = billing;
  const cancellation = lifecycle.cancellation;
  const money = (amount: number, code = currency) => format.money(amount, code);
  return (
    <section className={styles.root} aria-labelledby="account-details-heading">
      <h2 id="account-details-heading" className={styles.heading}>
        {billing.displayName}
      </h2>
      {reactivated && lifecycle.phase === 'active' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.reactivated(billing.displayName)}</MessageBarBody>
        </MessageBar>
      )}
      <LifecycleNotice
        context="account-center"
        subscriptionId={billing.subscriptionId}
        billing={billing}
        state={state}
        actions={
          offersSelfServiceReactivation(billing) && (
            <ReactivateAction billing={billing} onReactivated={() => setReactivated(true)} />
          )
        }
      >
        {mayReactivate === false && t.reactivateNotAllowed}
      </LifecycleNotice>
      <div>
        <SectionHeading as="h3">{t.summary}</SectionHeading>
        <dl className={styles.facts}>
          <Fact term={t.status} value={state ? common.status[state] : '—'} />
          <Fact term={t.billing} value={t.billingStatus[billing.billingStatus]} />
          <Fact
            term={t.offer}
            value={offerDisplayName(common, billing.offerId, billing.offerName)}
          />
          <Fact term={t.offerId} value={billing.offerId} />
          <Fact
            term={t.currentPeriod}
            value={t.periodRange(format.date(currentPeriod.start), format.date(currentPeriod.end))}
          />
          <Fact term={t.invoiceDate} value={format.date(currentPeriod.invoiceDate)} />
          <Fact
            term={t.monthToDate}
            value={money(monthToDateCharges.amount, monthToDateCharges.currency)}
          />
          {creditRemaining && (
            <Fact
              term={t.creditRemaining}
              value={money(creditRemaining.amount, creditRemaining.currency)}
            />
          )}
        </dl>
      </div>
      {cancellation && (
        <div>
          <SectionHeading as="h3">{t.cancellation}</SectionHeading>
          <dl className={styles.facts}>
            <Fact term={t.requestedAt} value={format.dateTime(cancellation.requestedAt)} />
            <Fact term={t.requestedBy} value={cancellation.requestedBy} />
            <Fact term={t.billingStopped} value={format.dateTime(cancellation.billingStoppedAt)} />
            <Fact term={t.finalInvoiceDate} value={format.date(cancellation.finalInvoiceDate)} />
            <Fact term={t.dataDeletion} value={format.date(cancellation.dataDeletionDate)} />
            <Fact term={t.reactivateUntil} value={format.date(cancellation.reactivationDeadline)} />
          </dl>
        </div>
      )}
      <div>
        <SectionHeading as="h3">{t.invoices}</SectionHeading>
        {invoices.length === 0 ? (
          <p className={styles.muted}>{t.noInvoices}</p>
        ) : (
          <DataTable
            aria-label={t.invoices}
            columns={[
              { label: t.invoiceId },
              { label: t.date },
              { label: t.amount },
              { label: t.status },
            ]}
          >
            {[...invoices]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((invoice) => (
                <TableRow key={invoice.id}>
                  <TableCell>
                    {invoice.id}{' '}
                    {invoice.final && (
                      <Badge appearance="tint" color="warning">
                        {t.finalInvoice}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>{format.date(invoice.date)}</TableCell>
                  <TableCell>{money(invoice.amount, invoice.currency)}</TableCell>
                  <TableCell>{t.invoiceStatus[invoice.status]}</TableCell>
                </TableRow>
              ))}
          </DataTable>
        )}
      </div>
      <div>
        <SectionHeading as="h3">{t.supportPlan}</SectionHeading>
        {!supportPlan ? (
          <p className={styles.muted}>{t.noSupportPlan}</p>
        ) : (
          <>
            <p className={styles.value}>
              {t.planLine(supportPlan.name, money(supportPlan.monthlyPrice, supportPlan.currency))}{' '}
              · {t.planStatus[supportPlan.status]}
            </p>
            {supportPlan.charges.length > 0 && (
              <>
                <DataTable
                  aria-label={t.scheduledCharges}
                  columns={[{ label: t.date }, { label: t.amount }]}
                >
                  {supportPlan.charges.map((charge) => (
                    <TableRow key={charge.date}>
                      <TableCell>{format.date(charge.date)}</TableCell>
                      <TableCell>{money(charge.amount, supportPlan.currency)}</TableCell>
                    </TableRow>
                  ))}
                </DataTable>
                {supportPlan.lastChargeDate && (
                  <p className={styles.note}>
                    {t.chargesNote(
                      money(supportPlan.total, supportPlan.currency),
                      format.date(supportPlan.lastChargeDate),
                    )}
                  </p>
                )}
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
