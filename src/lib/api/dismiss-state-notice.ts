import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoStateSchema } from '@/contract/demo';
import { queryKeys } from '@/lib/api/keys';
import { demoFetch } from '@/lib/demo-client';

/** Dismisses the "saved state was replaced" notice; the answer is the new demo state. */
export function useDismissStateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => demoFetch('notice/dismiss', demoStateSchema, { body: {} }),
    onSuccess: (state) => queryClient.setQueryData(queryKeys.demoState(), state),
  });
}
