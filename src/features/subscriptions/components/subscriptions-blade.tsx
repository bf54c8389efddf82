import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { useSubscriptionRows } from '@/features/subscriptions/api/use-subscription-rows';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalS}` },
  tableWrap: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  empty: { padding: tokens.spacingVerticalXXL, textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

export function SubscriptionsBlade() {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  const { rows, isPending, error, retry } = useSubscriptionRows();
  return (
    <Blade title={t.title} crumbs={[{ label: t.title, to: '/subscriptions' }]}>
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {isPending && !error ? <Loading /> : null}
      {rows && (
        <>
          <p className={styles.summary} role="status">
            {t.showing(rows.length, rows.length)}
          </p>
          {rows.length === 0 ? (
            <div className={styles.empty}>
              <strong>{t.empty}</strong>
              <p>{t.emptyBody}</p>
            </div>
          ) : (
            <div className={styles.tableWrap}>
              <Table className={styles.table} size="small" aria-label={t.title}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.subscriptionName}</TableHeaderCell>
                    <TableHeaderCell>{t.subscriptionId}</TableHeaderCell>
                    <TableHeaderCell>{t.myRole}</TableHeaderCell>
                    <TableHeaderCell>{t.offer}</TableHeaderCell>
                    <TableHeaderCell>{t.status}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.subscriptionId}>
                      <TableCell>
                        <AppLink to={`/subscriptions/${row.subscriptionId}`}>{row.displayName}</AppLink>
                      </TableCell>
                      <TableCell className={styles.mono}>{row.subscriptionId}</TableCell>
                      <TableCell>{row.role ? t.role[row.role] : '—'}</TableCell>
                      <TableCell>{row.offerName ?? '—'}</TableCell>
                      <TableCell>{t.status_[row.state]}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </Blade>
  );
}
