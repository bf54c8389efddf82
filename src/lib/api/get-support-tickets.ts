import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { supportTicketListSchema } from '@/contract/support';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';

/** How often an open request is looked at again, so a resolution (R11) shows without a reload. */
const OPEN_TICKET_POLL_MS = 60_000;

export function supportTicketsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.supportTickets(),
    queryFn: ({ signal }) =>
      armFetchAll({
        path: '/providers/Microsoft.Support/supportTickets',
        apiVersion: API_VERSIONS.support,
        schema: supportTicketListSchema,
        signal,
      }),
    refetchInterval: (query) =>
      (query.state.data ?? []).some((ticket) => ticket.properties.status === 'Open')
        ? OPEN_TICKET_POLL_MS
        : false,
  });
}
