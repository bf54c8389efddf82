import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/contract/zod';
import type { ClockRequest, DemoMomentId, FaultsRequest } from '@/contract/demo';
import { demoFetch } from '@/lib/demo-client';
import { refreshAfterDemoChange } from '@/lib/api/refresh-after-demo-change';

type DemoAction =
  | { kind: 'reset'; scenario: string }
  | { kind: 'moment'; id: DemoMomentId }
  | { kind: 'persona'; id: string }
  | { kind: 'clock'; body: ClockRequest }
  | { kind: 'faults'; body: FaultsRequest };

const PATHS: Record<DemoAction['kind'], string> = {
  reset: 'reset',
  moment: 'moment',
  persona: 'persona',
  clock: 'clock',
  faults: 'faults',
};

function bodyOf(action: DemoAction): unknown {
  switch (action.kind) {
    case 'reset':
      return { scenario: action.scenario };
    case 'moment':
    case 'persona':
      return { id: action.id };
    default:
      return action.body;
  }
}

/**
 * Every Demo panel action goes through the same `/__demo/*` endpoints a test suite uses; a new
 * scenario, moment or persona drops every cached answer.
 */
export function useDemoAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: DemoAction) =>
      demoFetch(PATHS[action.kind], z.unknown(), { body: bodyOf(action) }),
    onSuccess: (_result, action) =>
      refreshAfterDemoChange(queryClient, {
        world: action.kind === 'reset' || action.kind === 'moment' || action.kind === 'persona',
        replaced: action.kind === 'reset' || action.kind === 'moment',
      }),
  });
}

/** One Demo panel action in flight, shared by its sections: one pending disables them all. */
export type DemoActionMutation = ReturnType<typeof useDemoAction>;
