import { queryOptions } from '@tanstack/react-query';
import { demoStateSchema } from '@/contract/demo';
import { demoFetch } from '@/lib/demo-client';
import { queryKeys } from '@/lib/api/keys';
import { getPersonaId, setPersonaId } from '@/lib/session';

/** The mock's demo state: who is signed in, the simulated time, faults, and any reset notice. */
export function demoStateQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.demoState(),
    queryFn: async ({ client }) => {
      const state = await demoFetch('state', demoStateSchema);
      const signedAs = getPersonaId();
      setPersonaId(state.persona.id);
      // The page signed as someone else until now (the persona was switched in another tab, or by a
      // test through /__demo/persona): what was read with that token is their view. Read it again.
      if (signedAs !== null && signedAs !== state.persona.id) {
        void client.resetQueries({ queryKey: queryKeys.all });
      }
      return state;
    },
  });
}
