import type { EpochMs, World } from '@/domain/model';
import { buildDefaultScenario, DEFAULT_SCENARIO_ID } from './default-scenario';
import { buildEmptyScenario, EMPTY_SCENARIO_ID } from './empty-scenario';
import { buildLargeTenantScenario, LARGE_TENANT_SCENARIO_ID } from './large-tenant-scenario';

/** A scenario is a pure function of the clock at load time, so it can be rebuilt exactly. */
export type ScenarioBuilder = (now: EpochMs) => World;

const BUILDERS: Readonly<Record<string, ScenarioBuilder>> = {
  [DEFAULT_SCENARIO_ID]: buildDefaultScenario,
  [LARGE_TENANT_SCENARIO_ID]: buildLargeTenantScenario,
  [EMPTY_SCENARIO_ID]: buildEmptyScenario,
};

export const SCENARIO_IDS: readonly string[] = Object.keys(BUILDERS);

export function isScenarioId(id: string): boolean {
  return Object.hasOwn(BUILDERS, id);
}

export function buildScenario(id: string, now: EpochMs): World {
  const build = BUILDERS[id];
  if (build === undefined) throw new Error(`Unknown scenario '${id}'`);
  return build(now);
}
