import {
  makeStyles,
  TableCell,
  TableRow,
  Toolbar,
  ToolbarButton,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useQueries } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Blade } from '@/components/blade/blade';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { DataTable } from '@/components/table/data-table';
import { paths } from '@/config/paths';
import { supportTicketsQueryOptions } from '@/lib/api/get-support-tickets';
import { TicketStatus, ticketOutcome } from '@/features/support/components/ticket-status';
import { supportMessages } from '@/features/support/messages';
import { useFormat } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';

const useStyles = makeStyles({
  table: { minWidth: '1040px' },
  // The status cell carries the desk's reply: the widest text of a row. Request IDs are 16 digits.
  statusColumn: { width: '30%' },
  idColumn: { width: '150px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Titles and names are free text: one without spaces wraps inside its column instead of running over the next.
  text: { overflowWrap: 'anywhere' },
  empty: {
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
});

/** `/support`: the user's requests, newest first, with Open / Resolved / Refused (R11). */
export function SupportListBlade() {
  const styles = useStyles();
  const t = useMessages(supportMessages);
  const format = useFormat();
  const navigate = useNavigate();
  const [tickets, subscriptions] = useQueries({
    queries: [supportTicketsQueryOptions(), subscriptionsQueryOptions()],
  });
  const names = new Map(
    (subscriptions.data ?? []).map((s) => [s.subscriptionId.toLowerCase(), s.displayName]),
  );
  const rows = [...(tickets.data ?? [])].sort((a, b) =>
    b.properties.createdDate.localeCompare(a.properties.createdDate),
  );
  return (
    <Blade
      title={t.title}
      subtitle={t.listSubtitle}
      crumbs={[{ label: t.title, to: paths.support.getHref() }]}
      commands={
        <Toolbar aria-label={t.title}>
          <ToolbarButton
            icon={<AddRegular />}
            onClick={() => navigate(paths.newSupportRequest.getHref())}
          >
            {t.create}
          </ToolbarButton>
          <ToolbarButton
            icon={<ArrowClockwiseRegular />}
            onClick={() => void tickets.refetch()}
            disabled={tickets.isFetching}
          >
            {t.refresh}
          </ToolbarButton>
        </Toolbar>
      }
    >
      {tickets.error && <QueryError error={tickets.error} onRetry={() => void tickets.refetch()} />}
      {tickets.isPending && <Loading />}
      {tickets.isSuccess &&
        (rows.length === 0 ? (
          <div className={styles.empty}>
            <strong>{t.empty}</strong>
            <p>{t.emptyBody}</p>
          </div>
        ) : (
          <DataTable
            className={styles.table}
            aria-label={t.requests}
            columns={[
              { label: t.columnTitle },
              { label: t.ticketId, className: styles.idColumn },
              { label: t.subscription },
              { label: t.problemType },
              { label: t.status, className: styles.statusColumn },
              { label: t.created },
              { label: t.resolved },
            ]}
          >
            {rows.map((ticket) => {
              const p = ticket.properties;
              const closed = ticketOutcome(ticket) !== 'open';
              return (
                <TableRow key={ticket.id}>
                  <TableCell className={styles.text}>{p.title}</TableCell>
                  <TableCell className={styles.mono}>{p.supportTicketId}</TableCell>
                  <TableCell className={styles.text}>
                    {names.get(p.subscriptionId.toLowerCase()) ?? p.subscriptionId}
                  </TableCell>
                  <TableCell>{t.problemTypes[p.problemType]}</TableCell>
                  <TableCell>
                    <TicketStatus ticket={ticket} />
                  </TableCell>
                  <TableCell>{format.dateTime(p.createdDate)}</TableCell>
                  <TableCell>{closed ? format.dateTime(p.modifiedDate) : '—'}</TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        ))}
    </Blade>
  );
}
