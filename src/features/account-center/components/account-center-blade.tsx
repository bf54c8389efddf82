import {
  Input,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { SectionHeading } from '@/components/blade/section-heading';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { paths } from '@/config/paths';
import { useAccountRows } from '@/features/account-center/api/use-account-rows';
import { BillingDetails } from '@/features/account-center/components/billing-details';
import { accountMessages } from '@/features/account-center/messages';
import { useFormat } from '@/lib/i18n/format';
import { commonMessages, offerDisplayName } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** Large tenants: the table shows this many rows of the filtered list. */
const MAX_ROWS = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalS,
  },
  summary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  wrap: { overflowX: 'auto', maxHeight: '360px', overflowY: 'auto' },
  table: { minWidth: '860px' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // Names are free text: one without spaces wraps inside its column instead of running over the next.
  name: { overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** `/account`: the Account Center, where billing is seen and a Pay-As-You-Go subscription is reactivated (R10). */
export function AccountCenterBlade() {
  const styles = useStyles();
  const t = useMessages(accountMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState('');
  const { rows, isPending, error, retry } = useAccountRows();
  const needle = filter.trim().toLowerCase();
  const filtered = (rows ?? []).filter(
    (row) => needle === '' || row.displayName.toLowerCase().includes(needle),
  );
  const requested = params.get('subscriptionId')?.toLowerCase();
  const selected = rows?.find((row) => row.subscriptionId.toLowerCase() === requested) ?? rows?.[0];
  return (
    <Blade
      title={t.title}
      subtitle={t.subtitle}
      crumbs={[{ label: t.title, to: paths.accountCenter.getHref() }]}
    >
      <div className={styles.root}>
        {error && <QueryError error={error} onRetry={retry} />}
        {isPending && !error && <Loading />}
        {rows && (
          <section aria-labelledby="account-subscriptions-heading">
            <SectionHeading id="account-subscriptions-heading">{t.mySubscriptions}</SectionHeading>
            <div className={styles.toolbar}>
              <Input
                contentBefore={<SearchRegular />}
                aria-label={t.filter}
                placeholder={t.filter}
                value={filter}
                onChange={(_event, data) => setFilter(data.value)}
              />
              <span className={styles.summary} role="status">
                {t.showing(Math.min(filtered.length, MAX_ROWS), rows.length)}
              </span>
            </div>
            {rows.length === 0 ? (
              <p className={styles.hint}>{t.empty}</p>
            ) : (
              <div className={styles.wrap}>
                <Table className={styles.table} size="small" aria-label={t.mySubscriptions}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t.name}</TableHeaderCell>
                      <TableHeaderCell>{t.offer}</TableHeaderCell>
                      <TableHeaderCell>{t.status}</TableHeaderCell>
                      <TableHeaderCell>{t.billing}</TableHeaderCell>
                      <TableHeaderCell>{t.spend}</TableHeaderCell>
                      <TableHeaderCell>{t.period}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {filtered.slice(0, MAX_ROWS).map((row) => {
                      const isSelected = row.subscriptionId === selected?.subscriptionId;
                      const { currentPeriod, monthToDateCharges } = row.billing;
                      return (
                        <TableRow
                          key={row.subscriptionId}
                          className={mergeClasses(isSelected && styles.selected)}
                        >
                          <TableCell className={styles.name}>
                            <AppLink
                              to={paths.accountCenter.getHref(row.subscriptionId)}
                              aria-label={t.select(row.displayName)}
                              aria-current={isSelected ? 'true' : undefined}
                            >
                              {row.displayName}
                            </AppLink>
                          </TableCell>
                          <TableCell>
                            {offerDisplayName(common, row.billing.offerId, row.billing.offerName)}
                          </TableCell>
                          <TableCell>{row.state ? common.status[row.state] : '—'}</TableCell>
                          <TableCell>{t.billingStatus[row.billing.billingStatus]}</TableCell>
                          <TableCell>
                            {format.money(monthToDateCharges.amount, monthToDateCharges.currency)}
                          </TableCell>
                          <TableCell>
                            {t.periodRange(
                              format.date(currentPeriod.start),
                              format.date(currentPeriod.end),
                            )}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
        )}
        {selected ? (
          <BillingDetails
            key={selected.subscriptionId}
            billing={selected.billing}
            state={selected.state}
          />
        ) : (
          rows && rows.length > 0 && <p className={styles.hint}>{t.selectHint}</p>
        )}
      </div>
    </Blade>
  );
}
