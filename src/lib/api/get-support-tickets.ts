import { queryOptions } from '@tanstack/react-query';
import { API_VERSIONS } from '@/contract/api-versions';
import { supportTicketListSchema } from '@/contract/support';
import { armFetchAll } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/keys';
import { pollInterval } from '@/lib/poll-policy';

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
    // An open request is looked at again, so a resolution (R11) shows without a reload.
    refetchInterval: (query) =>
      pollInterval(
        (query.state.data ?? []).some((ticket) => ticket.properties.status === 'Open')
          ? 'later'
          : 'never',
      ),
  });
}
