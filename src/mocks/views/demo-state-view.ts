import type { DemoState } from '@/contract/demo';
import type { RoleDefinitionName } from '@/contract/authorization';
import { ROLE_DISPLAY_NAMES } from '@/domain/roles';
import { type Persona } from '@/domain/model';
import { toIso } from '@/domain/time';
import { SCENARIO_IDS } from '../scenarios/registry';
import type { MockStore } from '../store/mock-store';
import { defaultLatencyMs, type LatencyMode } from '../handlers/latency';

const summary = (p: Persona): DemoState['persona'] => ({
  id: p.id,
  displayName: p.displayName,
  userPrincipalName: p.userPrincipalName,
});

export function toDemoState(store: MockStore, latency: LatencyMode): DemoState {
  const world = store.world();
  const settings = store.settings();
  const counts = new Map<string, Partial<Record<RoleDefinitionName, number>>>();
  for (const sub of world.subscriptions) {
    for (const [personaId, role] of Object.entries(sub.roles)) {
      const roles = counts.get(personaId) ?? {};
      const name = ROLE_DISPLAY_NAMES[role];
      roles[name] = (roles[name] ?? 0) + 1;
      counts.set(personaId, roles);
    }
  }
  const current = world.personas.find((p) => p.id === settings.personaId) ?? world.personas[0];
  const state: DemoState = {
    scenario: settings.scenario,
    scenarios: [...SCENARIO_IDS],
    now: toIso(store.now()),
    offsetMs: settings.clockOffsetMs,
    persona:
      current === undefined
        ? { id: settings.personaId, displayName: settings.personaId, userPrincipalName: '' }
        : summary(current),
    personas: world.personas.map((p) => ({ ...summary(p), roles: counts.get(p.id) ?? {} })),
    faults: settings.faults,
    // A representative default (what `GET /subscriptions` takes): 120–300 ms in a browser, 0 under automation and in Node.
    latencyMs:
      settings.latencyOverrideMs ??
      (latency === 'none' ? 0 : defaultLatencyMs(latency, 'GET', '/subscriptions')),
    latencyOverrideMs: settings.latencyOverrideMs,
    storeVersion: store.storeVersion,
  };
  if (settings.notice !== undefined) state.notice = settings.notice;
  return state;
}
