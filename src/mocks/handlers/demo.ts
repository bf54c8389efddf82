import { http, type HttpHandler } from 'msw';
import type { z } from '@/contract/zod';
import { version } from '../../../package.json';
import {
  clockRequestSchema,
  DEMO_CLOCK_RANGE_TEXT,
  DEMO_MOMENT_IDS,
  faultsRequestSchema,
  isInDemoClockRange,
  momentRequestSchema,
  parseSetIso,
  personaRequestSchema,
  resetRequestSchema,
  type ClockState,
  type Health,
} from '@/contract/demo';
import { toIso } from '@/domain/time';
import { demoMoment, isDemoMomentId } from '../scenarios/moments';
import { isScenarioId, SCENARIO_IDS } from '../scenarios/registry';
import { StoreWriteError } from '../store/mock-store';
import { restoreSnapshot, takeSnapshot } from '../views/demo-snapshot-view';
import { toDemoState } from '../views/demo-state-view';
import { armError, armJson, describeIssues, readJsonBody } from './arm-response';
import type { HandlerDeps } from './handler-deps';
import { replayFor } from './replay';

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

async function parseBody<T>(request: Request, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success)
    return {
      ok: false,
      response: armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues)),
    };
  return { ok: true, value: parsed.data };
}

/** An instant for an error message, even one no date can show. */
function describeInstant(epochMs: number | undefined): string {
  if (epochMs === undefined || !Number.isFinite(epochMs)) return 'an instant no date can show';
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? 'an instant no date can show' : date.toISOString();
}

/** Runs a store change; a change that cannot be saved is answered 500 and not applied. */
function saving(change: () => Response): Response {
  try {
    return change();
  } catch (error) {
    if (error instanceof StoreWriteError)
      return armError(500, 'InternalServerError', error.message);
    throw error;
  }
}

/** Mock-only control endpoints (contract §2, §6, §8): no auth, no api-version, never faulted or delayed. */
export function demoHandlers(deps: HandlerDeps): HttpHandler[] {
  const { store } = deps;
  const base = `${deps.demoBaseUrl}/__demo`;
  const latency = deps.latency ?? 'none';
  const state = (): Response => armJson(toDemoState(store, latency));
  // A control call repeated after its answer was lost (same request id) is answered, not applied
  // again: moving the clock twice would move it twice as far.
  const post = (path: string, resolve: (request: Request) => Promise<Response> | Response) =>
    http.post(`${base}/${path}`, async ({ request }) => {
      const replay = await replayFor(store, request, 'demo');
      if (replay?.previous !== undefined) return replay.previous;
      const response = await resolve(request);
      await replay?.remember(response);
      return response;
    });
  return [
    http.get(`${base}/state`, state),
    http.get(`${base}/health`, () => {
      const health: Health = { status: 'ready', version, scenario: store.settings().scenario };
      return armJson(health);
    }),
    http.get(`${base}/snapshot`, () => armJson(takeSnapshot(store))),
    http.put(`${base}/snapshot`, async ({ request }) => {
      const body = await readJsonBody(request);
      if (!body.ok) {
        return armError(400, 'InvalidSnapshot', 'The snapshot is not valid JSON.');
      }
      return saving(() => {
        const restored = restoreSnapshot(store, body.value);
        if (!restored.ok) return armError(400, 'InvalidSnapshot', restored.reason);
        return armJson(takeSnapshot(store));
      });
    }),
    post('moment', async (request) => {
      const body = await parseBody(request, momentRequestSchema);
      if (!body.ok) return body.response;
      const { id } = body.value;
      if (!isDemoMomentId(id)) {
        return armError(
          400,
          'UnknownMoment',
          `Unknown moment '${id}'. Use one of: ${DEMO_MOMENT_IDS.join(', ')}.`,
        );
      }
      const moment = demoMoment(id);
      return saving(() => {
        store.reset(moment.scenario, moment.shape);
        return state();
      });
    }),
    post('reset', async (request) => {
      const body = await parseBody(request, resetRequestSchema);
      if (!body.ok) return body.response;
      if (!isScenarioId(body.value.scenario)) {
        return armError(
          400,
          'UnknownScenario',
          `Unknown scenario '${body.value.scenario}'. Use one of: ${SCENARIO_IDS.join(', ')}.`,
        );
      }
      return saving(() => {
        store.reset(body.value.scenario);
        return state();
      });
    }),
    post('clock', async (request) => {
      const body = await parseBody(request, clockRequestSchema);
      if (!body.ok) return body.response;
      const { advanceMs, setIso } = body.value;
      // advanceMs wins over setIso, setIso over reset (as the earlier union schema read a body with
      // several); `reset: true` goes back to real time. The system clock is read once, so that an
      // advance by exactly an hour moves the offset by exactly an hour even when a millisecond
      // passes while the request is handled.
      const systemNow = store.systemNow();
      const currentOffset = store.settings().clockOffsetMs;
      const target =
        advanceMs !== undefined
          ? systemNow + currentOffset + advanceMs
          : setIso !== undefined
            ? parseSetIso(setIso)
            : systemNow;
      if (target === undefined || !isInDemoClockRange(target)) {
        const field = advanceMs !== undefined ? 'advanceMs' : 'setIso';
        return armError(
          400,
          'InvalidRequestContent',
          `${field} would move the simulated clock to ${describeInstant(target)}, outside the supported range ${DEMO_CLOCK_RANGE_TEXT}. The clock was not moved.`,
        );
      }
      return saving(() => {
        const clockOffsetMs = target - systemNow;
        store.updateSettings((s) => ({ ...s, clockOffsetMs }));
        const answer: ClockState = {
          now: toIso(systemNow + clockOffsetMs),
          offsetMs: clockOffsetMs,
        };
        return armJson(answer);
      });
    }),
    post('faults', async (request) => {
      const body = await parseBody(request, faultsRequestSchema);
      if (!body.ok) return body.response;
      const { rules, latencyMs } = body.value;
      // Rules sent without `latencyMs` keep the current override: the set they make with it must
      // keep to the same limits, or a later snapshot of it would be refused.
      if (latencyMs === undefined) {
        const kept = faultsRequestSchema.safeParse({
          rules,
          latencyMs: store.settings().latencyOverrideMs,
        });
        if (!kept.success) {
          return armError(
            400,
            'InvalidRequestContent',
            `${describeIssues(kept.error.issues)} (with the current latency override of ${String(store.settings().latencyOverrideMs)} ms)`,
          );
        }
      }
      return saving(() => {
        store.updateSettings((s) => ({
          ...s,
          faults: rules,
          latencyOverrideMs: latencyMs === undefined ? s.latencyOverrideMs : latencyMs,
        }));
        return state();
      });
    }),
    post('persona', async (request) => {
      const body = await parseBody(request, personaRequestSchema);
      if (!body.ok) return body.response;
      const persona = store.world().personas.find((p) => p.id === body.value.id);
      if (persona === undefined) {
        const known = store
          .world()
          .personas.map((p) => p.id)
          .join(', ');
        return armError(
          400,
          'UnknownPersona',
          `Unknown persona '${body.value.id}'. Use one of: ${known}.`,
        );
      }
      return saving(() => {
        store.updateSettings((s) => ({ ...s, personaId: persona.id }));
        return state();
      });
    }),
    post('notice/dismiss', () =>
      saving(() => {
        store.updateSettings((s) => {
          const next = { ...s };
          delete next.notice;
          return next;
        });
        return state();
      }),
    ),
  ];
}
