import { personaSummarySchema } from '@/contract/demo';
import { z } from '@/contract/zod';
import { demoFetch } from '@/lib/demo-client';
import { isLocale, saveLocale } from '@/lib/i18n/locale';
import { launchNamesIdentity } from '@/app/launch-identity';
import { setPersonaId } from '@/lib/session';

const LAUNCH_PARAMS = ['scenario', 'moment', 'snapshot', 'as', 'lang'] as const;

export interface LaunchRequest {
  scenario?: string;
  /** A built-in moment of the seed's story (contract §8), loaded after the scenario. */
  moment?: string;
  /** A share link's saved moment (compressed, `lib/demo-snapshot.ts`), restored after the moment. */
  snapshot?: string;
  persona?: string;
}

/**
 * Reads `?scenario=`, `?moment=`, `?snapshot=`, `?as=` and `?lang=` (contract §3, §8) before the
 * first render. The language applies at once; the rest once the mock answers (`applyLaunchRequest`).
 */
export function readLaunchParams(search: string): LaunchRequest {
  const params = new URLSearchParams(search);
  const request: LaunchRequest = {};
  const scenario = params.get('scenario');
  const moment = params.get('moment');
  const snapshot = params.get('snapshot');
  const persona = params.get('as');
  const lang = params.get('lang');
  if (scenario) request.scenario = scenario;
  if (moment) request.moment = moment;
  if (snapshot) request.snapshot = snapshot;
  if (persona) request.persona = persona;
  if (lang && isLocale(lang)) saveLocale(lang);
  // The token is now the asked persona's, or unknown until the new scenario's demo state.
  if (launchNamesIdentity(search)) setPersonaId(persona || null);
  return request;
}

/**
 * Loads the scenario, the moment, the shared snapshot, then signs in the persona, through the demo
 * endpoints, once the mock answers. Each refusal (an unknown moment, a damaged link) stops start-up
 * with its reason, as an unknown scenario does.
 */
export async function applyLaunchRequest(request: LaunchRequest): Promise<void> {
  // These calls are part of start-up: they must not wait for it to finish.
  const early = { beforeStartup: true };
  // Who the last answer says is signed in: a reset or a moment answers with the demo state.
  let signedIn: string | undefined;
  if (request.scenario) {
    signedIn = personaOf(
      await demoFetch('reset', z.unknown(), { body: { scenario: request.scenario } }, early),
    );
  }
  if (request.moment) {
    signedIn = personaOf(
      await demoFetch('moment', z.unknown(), { body: { id: request.moment } }, early),
    );
  }
  if (request.snapshot) {
    // Only a share link carries one: its reader (and the snapshot's schema) stays out of every other
    // start's first load.
    const { decodeSnapshotParam, restoreDemoSnapshot } = await import('@/lib/demo-snapshot');
    const document = await decodeSnapshotParam(request.snapshot);
    await restoreDemoSnapshot(document, { atTakenAt: true }, early);
    signedIn = undefined;
  }
  // A suite's usual start (`?scenario=default&as=admin`) asks for the persona the scenario already
  // signs in: one round trip to the mock fewer before the first blade, in every test.
  if (request.persona && request.persona !== signedIn) {
    await demoFetch('persona', z.unknown(), { body: { id: request.persona } }, early);
  }
}

/** The part of a demo-state answer (contract §2) that says who is signed in. */
const signedInAnswerSchema = z.lazy(() => z.object({ persona: personaSummarySchema }));

/** The signed-in persona's id in a reset's or a moment's answer, if it has the demo state's shape. */
function personaOf(answer: unknown): string | undefined {
  const parsed = signedInAnswerSchema.safeParse(answer);
  return parsed.success ? parsed.data.persona.id : undefined;
}

/**
 * `search` without the launch parameters, or null when it has none. They leave the address bar only
 * once applied, so a reload before that applies them still, and a suite can wait for it.
 */
export function withoutLaunchParams(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!LAUNCH_PARAMS.some((name) => params.has(name))) return null;
  for (const name of LAUNCH_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
