import type { EpochMs, World } from '@/domain/model';
import { WORLD_VERSION } from '@/domain/model';
import { contosoPersonas } from './personas';

export const EMPTY_SCENARIO_ID = 'empty';

/** The same directory and personas, no subscriptions: the blade's empty state. */
export function buildEmptyScenario(_now: EpochMs): World {
  return {
    version: WORLD_VERSION,
    scenario: EMPTY_SCENARIO_ID,
    personas: contosoPersonas(),
    subscriptions: [],
    resources: [],
    tickets: [],
  };
}
