import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/contract/zod';
import type { ClockRequest, FaultsRequest } from '@/contract/demo';
import { demoFetch } from '@/lib/demo-client';
import { queryKeys } from '@/lib/api/keys';

type DemoAction =
  | { kind: 'reset'; scenario: string }
  | { kind: 'persona'; id: string }
  | { kind: 'clock'; body: ClockRequest }
  | { kind: 'faults'; body: FaultsRequest };

const PATHS: Record<DemoAction['kind'], string> = {
  reset: 'reset',
  persona: 'persona',
  clock: 'clock',
  faults: 'faults',
};

function bodyOf(action: DemoAction): unknown {
  switch (action.kind) {
    case 'reset':
      return { scenario: action.scenario };
    case 'persona':
      return { id: action.id };
    default:
      return action.body;
  }
}

/**
 * Every Demo panel action goes through the same `/__demo/*` endpoints a test suite uses. Afterwards
 * everything ARM answered may have changed (another persona, another time), so all reads refetch.
 */
export function useDemoAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: DemoAction) =>
      demoFetch(PATHS[action.kind], z.unknown(), { body: bodyOf(action) }),
    onSuccess: async (_result, action) => {
      // The demo state first, while this action still counts as pending: it names the persona every
      // ARM call signs as, and the panel shows its choices from it (no flicker back to the old one).
      await queryClient.refetchQueries({ queryKey: queryKeys.demoState() });
      // A new scenario or persona makes every cached answer wrong, not just stale: drop them.
      if (action.kind === 'reset' || action.kind === 'persona')
        await queryClient.resetQueries({ queryKey: queryKeys.all });
      await queryClient.invalidateQueries();
    },
  });
}
