import { queryOptions } from '@tanstack/react-query';
import { demoStateSchema } from '@/contract/demo';
import { demoFetch } from '@/lib/demo-client';
import { queryKeys } from '@/lib/queries/keys';
import { setPersonaId } from '@/lib/session';

/** The mock's demo state: who is signed in, the simulated time, faults, and any reset notice. */
export function demoStateQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.demoState(),
    queryFn: async () => {
      const state = await demoFetch('state', demoStateSchema);
      setPersonaId(state.persona.id);
      return state;
    },
  });
}
