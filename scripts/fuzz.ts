// Randomised reliability test of the mock backend. Each run loads `default` fresh and plays
// random steps against the real handlers (and so the lifecycle engine behind them): commands by
// random personas on random subscriptions, reads, clock moves, injected faults (500, 503, 429,
// offline) and lost answers repeated with the same request id. After every step it checks:
//   no double cancellation, dates never move once set, a deleted subscription never returns,
//   billing never resumes without a reactivation, a refused or faulted call changes nothing,
//   a repeated write is answered as the first time, every answer is the mock's and fits the contract,
//   and the world reached is a valid snapshot that round-trips unchanged (GET then PUT /__demo/snapshot
//   into another mock), checked at the end of each run and, with `snapshotEvery`, every n steps.
//
//   npm run fuzz                           # 2,000 runs of 60 steps, seed "fuzz"
//   npm run fuzz -- --runs 50 --steps 200 --seed nightly-7
//   npm run fuzz -- --snapshot-every 1      # round-trip the world through a snapshot after every step
// `src/mocks/invariants.test.ts` runs it in `npm test` with a fixed seed.

import { pathToFileURL } from 'node:url';
import { getResponse, type HttpHandler } from 'msw';
import type { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  billingSubscriptionListSchema,
  billingSubscriptionSchema,
  type BillingSubscription,
} from '@/contract/billing';
import { FAULT_OPERATIONS } from '@/contract/demo';
import { armErrorSchema } from '@/contract/errors';
import { resourceListSchema } from '@/contract/resources';
import {
  subscriptionListSchema,
  subscriptionOpResultSchema,
  subscriptionSchema,
} from '@/contract/subscriptions';
import { supportTicketListSchema, supportTicketSchema } from '@/contract/support';
import {
  CLIENT_REQUEST_ID_HEADER,
  MOCK_ANSWER_HEADER,
  MOCK_ANSWER_VALUE,
} from '@/contract/transport';
import { historyViolations } from '@/domain/history';
import type { StoredResource } from '@/domain/stored-resources';
import type { World } from '@/domain/model';
import { pick, randomInt, seededRandom } from '@/domain/random';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/domain/time';
import { createHandlers } from '@/mocks/handlers/create-handlers';
import { DEFAULT_IDS } from '@/mocks/scenarios/default-ids';
import { createMemoryStorage } from '@/mocks/store/key-value-storage';
import { createMockStore, type MockStore } from '@/mocks/store/mock-store';

const ARM = 'https://management.azure.com';
const DEMO = 'http://localhost';
const START = Date.parse('2026-03-15T09:00:00.000Z');
const SUBSCRIPTIONS = Object.values(DEFAULT_IDS);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const REASONS = ['no-longer-needed', 'too-expensive', 'other'] as const;
const CLOCK_STEPS = [
  SECOND_MS,
  MINUTE_MS,
  5 * MINUTE_MS,
  9 * MINUTE_MS,
  11 * MINUTE_MS,
  HOUR_MS,
  DAY_MS,
  7 * DAY_MS,
  30 * DAY_MS,
  89 * DAY_MS,
  91 * DAY_MS,
];

export interface FuzzOptions {
  seed: string;
  runs: number;
  steps: number;
  /** Index of the first run: `--from 123 --runs 1` replays run 123 of a seed alone. */
  firstRun?: number;
  /** Also round-trip the world through a snapshot every this many steps (always at a run's end). */
  snapshotEvery?: number;
}

export interface Violation {
  run: number;
  step: number;
  invariant: string;
  detail: string;
  /** The run's steps up to the failure, to replay it by hand. */
  log: string[];
}

export interface FuzzReport {
  seed: string;
  runs: number;
  /** Random steps played (commands, reads, clock moves, fault rules). */
  actions: number;
  /** HTTP requests answered by the handlers, repeats and observations included. */
  requests: number;
  /** Fault rules set through `/__demo/faults`. */
  faultRulesSet: number;
  /** Requests answered by an injected fault (500, 503, 429 or a network error). */
  faultsInjected: number;
  /** Writes whose answer was dropped and that were sent again with the same request id. */
  lostAnswers: number;
  /** Worlds exported (GET /__demo/snapshot) and imported into another mock (PUT). */
  snapshotRoundTrips: number;
  clockMoves: number;
  /** Single invariant checks evaluated. */
  invariantChecks: number;
  /** Answers by status, e.g. `{ "200": 812, "409": 97 }`. */
  statuses: Record<string, number>;
  violations: Violation[];
}

interface Answer {
  status: number;
  body: unknown;
  /** `fetch` would have rejected (an injected offline fault). */
  networkError: boolean;
  marked: boolean;
}

interface CallOptions {
  /** Only these handlers are tried (observations skip the routing of every other endpoint). */
  handlers?: HttpHandler[];
  persona: string | null;
  version: string;
  body?: unknown;
  requestId?: string;
}

type Write =
  | 'cancel'
  | 'enable'
  | 'rename'
  | 'support'
  | 'vm'
  | 'web'
  | 'container'
  | 'move'
  | 'resourceGroup';

interface WriteOutcome {
  kind: Write;
  subscriptionId: string;
  /** Other subscriptions the write touches (a move's target). */
  alsoTouches: string[];
  answer: Answer;
  /** Sent again with the same request id after its answer was "lost". */
  repeated?: Answer;
}

/** Everything a run remembers to judge the next observation. */
interface Tracker {
  /** Cancel answers 200 that were not repeats, per subscription. */
  acceptedCancels: Map<string, number>;
  initialCancellations: Map<string, number>;
  /** Dates of each cancellation as first seen through the billing read, keyed `sub|requestedAt`. */
  dates: Map<string, Record<string, string | number | undefined>>;
  /** When the subscription was first seen Deleted (cleared when the clock is moved back before it). */
  deletedSince: Map<string, number>;
  /** When billing was first seen Stopped in the current stretch, and the spend then. */
  stoppedSince: Map<string, { at: number; periodStart: string; spend: number }>;
  /** Instants at which a reactivation was accepted to take effect (the oracle for R10/R11). */
  reactivations: Map<string, number[]>;
}

class Run {
  readonly log: string[] = [];
  readonly violations: Violation[] = [];
  private step = 0;
  private system = START;
  private readonly store: MockStore;
  private readonly handlers: HttpHandler[];
  private readonly observers: HttpHandler[];
  private readonly tracker: Tracker;
  private tickets: { name: string; sub: string; body: unknown }[] = [];

  /** Another mock that each reached world is imported into, to prove it round-trips (contract §8, §9). */
  private readonly mirror: { store: MockStore; handlers: HttpHandler[] };

  constructor(
    private readonly index: number,
    private readonly random: () => number,
    private readonly report: FuzzReport,
    private readonly snapshotEvery?: number,
  ) {
    this.store = createMockStore({
      storage: createMemoryStorage(),
      scenario: 'default',
      fresh: true,
      systemNow: () => this.system,
    });
    this.handlers = createHandlers({
      armBaseUrl: ARM,
      demoBaseUrl: DEMO,
      store: this.store,
      latency: 'none',
    });
    const observed = ['/subscriptions', '/providers/Microsoft.Billing/billingSubscriptions'].map(
      (path) => `${ARM}${path}`,
    );
    this.observers = this.handlers.filter((h) => observed.includes(String(h.info.path)));
    const mirror = createMockStore({
      storage: createMemoryStorage(),
      scenario: 'empty',
      fresh: true,
      systemNow: () => this.system,
    });
    this.mirror = {
      store: mirror,
      handlers: createHandlers({
        armBaseUrl: ARM,
        demoBaseUrl: DEMO,
        store: mirror,
        latency: 'none',
      }),
    };
    const world = this.store.world();
    this.tracker = {
      acceptedCancels: new Map(),
      initialCancellations: new Map(
        world.subscriptions.map((s) => [s.subscriptionId, s.cancellations.length]),
      ),
      dates: new Map(),
      deletedSince: new Map(),
      stoppedSince: new Map(),
      reactivations: new Map(),
    };
  }

  private check(invariant: string, ok: boolean, detail: () => string): void {
    this.report.invariantChecks += 1;
    if (ok) return;
    this.violations.push({
      run: this.index,
      step: this.step,
      invariant,
      detail: detail(),
      log: [...this.log],
    });
  }

  private async send(
    method: string,
    url: string,
    init: RequestInit = {},
    handlers: HttpHandler[] = this.handlers,
  ): Promise<Answer> {
    const request = new Request(url, { method, ...init });
    const response = await getResponse(handlers, request);
    this.report.requests += 1;
    if (response === undefined) {
      this.check('every call has a handler', false, () => `${method} ${url}`);
      return { status: 404, body: null, networkError: false, marked: false };
    }
    if (response.type === 'error') {
      this.report.statuses.network = (this.report.statuses.network ?? 0) + 1;
      return { status: 0, body: null, networkError: true, marked: true };
    }
    const text = await response.text();
    this.report.statuses[response.status] = (this.report.statuses[response.status] ?? 0) + 1;
    return {
      status: response.status,
      body: text === '' ? null : (JSON.parse(text) as unknown),
      networkError: false,
      marked: response.headers.get(MOCK_ANSWER_HEADER) === MOCK_ANSWER_VALUE,
    };
  }

  private arm(method: string, path: string, options: CallOptions): Promise<Answer> {
    const url = new URL(`${ARM}${path}`);
    url.searchParams.set('api-version', options.version);
    const headers: Record<string, string> = {};
    if (options.persona !== null) headers.Authorization = `Bearer persona:${options.persona}`;
    if (options.requestId !== undefined) headers[CLIENT_REQUEST_ID_HEADER] = options.requestId;
    const init: RequestInit = { headers };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return this.send(method, url.toString(), init, options.handlers);
  }

  private demo(path: string, body: unknown): Promise<Answer> {
    return this.send('POST', `${DEMO}/__demo/${path}`, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Answers that fit the contract: the mock's mark, ARM's error shape, the schema of a success. */
  private checkAnswer(label: string, answer: Answer, schema?: z.ZodMiniType): void {
    this.check('every answer is the mock’s', answer.marked, () => `${label} answered unmarked`);
    if (answer.networkError) return;
    if (answer.status >= 400) {
      this.check(
        'errors have ARM’s shape',
        armErrorSchema.safeParse(answer.body).success,
        () => `${label} ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    } else if (schema !== undefined) {
      const parsed = schema.safeParse(answer.body);
      this.check(
        'answers fit the contract',
        parsed.success,
        () => `${label}: ${parsed.error?.message ?? ''}`,
      );
    }
  }

  private isInjected(answer: Answer): boolean {
    if (answer.networkError) return true;
    const parsed = armErrorSchema.safeParse(answer.body);
    return parsed.success && parsed.data.error.message.includes('(injected by the demo)');
  }

  // --- random choices -------------------------------------------------------------------------

  private persona(): string | null {
    const r = this.random();
    if (r < 0.55) return 'admin';
    if (r < 0.75) return 'owner';
    if (r < 0.93) return 'reader';
    return r < 0.97 ? 'mallory' : null;
  }

  private subscription(): string {
    return this.random() < 0.04 ? UNKNOWN_ID : pick(this.random, SUBSCRIPTIONS);
  }

  private requestId(): string {
    return `fuzz-${this.index}-${this.step}-${Math.floor(this.random() * 1e9)}`;
  }

  private resourceOf(sub: string, type?: StoredResource['type']): StoredResource | undefined {
    const candidates = this.store
      .world()
      .resources.filter((r) => r.subscriptionId === sub && (type === undefined || r.type === type));
    return candidates.length === 0 ? undefined : pick(this.random, candidates);
  }

  // --- steps ----------------------------------------------------------------------------------

  async play(steps: number): Promise<void> {
    await this.observe();
    for (this.step = 1; this.step <= steps; this.step++) {
      this.report.actions += 1;
      const r = this.random();
      if (r < 0.16) this.moveClock();
      else if (r < 0.24) await this.setFault();
      else if (r < 0.3) await this.read();
      else await this.write();
      await this.observe();
      if (this.snapshotEvery !== undefined && this.step % this.snapshotEvery === 0)
        await this.roundTrip();
    }
    await this.roundTrip();
  }

  /**
   * Contract §8, §9: a world the API reached is one the snapshot validator accepts, and exporting it
   * then importing it into another mock gives back exactly the same state.
   */
  private async roundTrip(): Promise<void> {
    this.report.snapshotRoundTrips += 1;
    const taken = await this.send('GET', `${DEMO}/__demo/snapshot`);
    const put = await this.send(
      'PUT',
      `${DEMO}/__demo/snapshot`,
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(taken.body) },
      this.mirror.handlers,
    );
    this.check('a reached world is a valid snapshot', put.status === 200, () =>
      JSON.stringify(put.body),
    );
    this.check(
      'a snapshot round-trips unchanged',
      JSON.stringify(this.mirror.store.savedState()) === JSON.stringify(this.store.savedState()),
      () => {
        const mine = JSON.stringify(this.store.savedState());
        const theirs = JSON.stringify(this.mirror.store.savedState());
        let at = 0;
        while (at < mine.length && mine[at] === theirs[at]) at += 1;
        return `the imported state differs from the exported one at …${mine.slice(at - 80, at + 40)} / …${theirs.slice(at - 80, at + 40)}`;
      },
    );
  }

  private moveClock(): void {
    this.report.clockMoves += 1;
    const back = this.random() < 0.05;
    const by = back
      ? -pick(this.random, [MINUTE_MS, HOUR_MS, DAY_MS])
      : pick(this.random, CLOCK_STEPS);
    this.system += by;
    this.log.push(`clock ${by > 0 ? '+' : ''}${by / MINUTE_MS} min`);
    if (back) this.rewind();
  }

  /** Moving the clock back rewrites what happens after it: forget what was seen later. */
  private rewind(): void {
    const now = this.store.now();
    for (const [sub, at] of this.tracker.deletedSince)
      if (at > now) this.tracker.deletedSince.delete(sub);
    for (const [sub, s] of this.tracker.stoppedSince)
      if (s.at > now) this.tracker.stoppedSince.delete(sub);
  }

  private async setFault(): Promise<void> {
    const r = this.random();
    const rule: Record<string, unknown> = {
      operation: this.random() < 0.2 ? '*' : pick(this.random, FAULT_OPERATIONS),
      times: randomInt(this.random, 1, 3),
    };
    if (r < 0.3) rule.status = 500;
    else if (r < 0.55)
      Object.assign(rule, { status: 503, retryAfterSeconds: randomInt(this.random, 1, 5) });
    else if (r < 0.7) Object.assign(rule, { status: 429, retryAfterSeconds: 1 });
    else rule.offline = true;
    const answer = await this.demo('faults', { rules: [rule] });
    this.report.faultRulesSet += 1;
    this.log.push(`faults ${JSON.stringify(rule)} → ${answer.status}`);
    this.check('fault rules are accepted', answer.status === 200, () =>
      JSON.stringify(answer.body),
    );
  }

  private async read(): Promise<void> {
    const persona = this.persona();
    const sub = this.subscription();
    const v = API_VERSIONS;
    const reads: [string, string, z.ZodMiniType][] = [
      ['/subscriptions', v.subscriptions, subscriptionListSchema],
      [`/subscriptions/${sub}`, v.subscriptions, subscriptionSchema],
      [`/subscriptions/${sub}/resources`, v.resources, resourceListSchema],
      [
        `/subscriptions/${sub}/providers/Microsoft.Billing/billingSubscriptions/default`,
        v.billing,
        billingSubscriptionSchema,
      ],
      ['/providers/Microsoft.Support/supportTickets', v.support, supportTicketListSchema],
    ];
    const [path, version, schema] = pick(this.random, reads);
    const before = this.store.world();
    const answer = await this.arm('GET', path, { persona, version });
    this.log.push(`GET ${path} as ${String(persona)} → ${answer.status}`);
    this.checkAnswer(`GET ${path}`, answer, schema);
    this.check('a read changes nothing', this.store.world() === before, () => path);
    if (answer.status === 200 || answer.networkError || this.isInjected(answer)) {
      if (this.isInjected(answer)) this.report.faultsInjected += 1;
      return;
    }
    // Without a token or as an unknown persona: 401, whatever the path.
    if (persona === null || persona === 'mallory') {
      this.check(
        'no token or an unknown persona is 401',
        answer.status === 401,
        () => `${answer.status} ${path}`,
      );
    }
  }

  private async write(): Promise<void> {
    const persona = this.persona();
    const sub = this.subscription();
    const requestId = this.requestId();
    const kinds: Write[] = [
      'cancel',
      'cancel',
      'cancel',
      'enable',
      'enable',
      'support',
      'support',
      'rename',
      'vm',
      'vm',
      'web',
      'container',
      'move',
      'resourceGroup',
    ];
    const kind = pick(this.random, kinds);
    const request = this.buildWrite(kind, sub);
    if (request === undefined) return;
    const before = this.store.world();
    const deletedBefore = [sub, ...request.alsoTouches].filter((id) => this.isDeletedNow(id));
    const options = {
      persona,
      version: request.version,
      requestId,
      ...(request.body === undefined ? {} : { body: request.body }),
    };
    const answer = await this.arm(request.method, request.path, options);
    this.log.push(
      `${kind} ${request.method} ${request.path} as ${String(persona)} → ${answer.status}`,
    );
    this.checkAnswer(kind, answer, request.schema);
    const outcome: WriteOutcome = {
      kind,
      subscriptionId: sub,
      alsoTouches: request.alsoTouches,
      answer,
    };

    // A lost answer: the client repeats the call with the same request id (api-client.ts).
    if (!this.isInjected(answer) && this.random() < 0.15) {
      this.report.lostAnswers += 1;
      const afterFirst = this.store.world();
      const repeated = await this.arm(request.method, request.path, options);
      outcome.repeated = repeated;
      this.log.push(`  repeated with the same request id → ${repeated.status}`);
      // The repeat may itself be faulted (the rule had more `times`); otherwise it is the first answer.
      if (!this.isInjected(repeated)) {
        this.check(
          'a repeated write gets the first answer',
          repeated.status === answer.status &&
            JSON.stringify(repeated.body) === JSON.stringify(answer.body),
          () => `${answer.status} then ${repeated.status}`,
        );
        this.check(
          'a repeated write is not applied again',
          this.store.world() === afterFirst,
          () => kind,
        );
      }
    }

    const failed = answer.networkError || answer.status >= 300;
    if (this.isInjected(answer)) this.report.faultsInjected += 1;
    if (
      failed &&
      (outcome.repeated === undefined ||
        this.isInjected(outcome.repeated) ||
        outcome.repeated.status >= 300)
    ) {
      this.check(
        'a refused or faulted write changes nothing',
        this.store.world() === before,
        () => `${kind} ${answer.status}`,
      );
    }
    if (persona === null || persona === 'mallory') {
      this.check(
        'no token or an unknown persona is 401',
        this.isInjected(answer) || answer.status === 401,
        () => `${kind} ${answer.status}`,
      );
    }
    if (persona === 'reader' && kind !== 'support' && !this.isInjected(answer)) {
      this.check('a Reader never writes', answer.status >= 400, () => `${kind} ${answer.status}`);
    }
    if (kind === 'support' || this.isInjected(answer) || answer.status >= 300) {
      // Support requests are allowed on any state (R11 refuses inside the ticket), checked below.
    } else {
      this.check(
        'a deleted subscription takes no write (R9)',
        deletedBefore.length === 0,
        () => `${kind} on ${deletedBefore.join(', ')} answered ${answer.status}`,
      );
    }
    this.record(outcome);
  }

  private buildWrite(
    kind: Write,
    sub: string,
  ):
    | {
        method: string;
        path: string;
        version: string;
        body?: unknown;
        schema?: z.ZodMiniType;
        alsoTouches: string[];
      }
    | undefined {
    const v = API_VERSIONS;
    const ops = `/subscriptions/${sub}/providers/Microsoft.Subscription`;
    const name =
      this.store.world().subscriptions.find((s) => s.subscriptionId === sub)?.displayName ?? 'x';
    switch (kind) {
      case 'cancel': {
        const r = this.random();
        const reason = pick(this.random, REASONS);
        const body =
          r < 0.3
            ? undefined
            : r < 0.85
              ? {
                  confirmation: name,
                  reason,
                  ...(reason === 'other' ? { comment: 'Fuzz comment\nsecond line' } : {}),
                }
              : r < 0.93
                ? { confirmation: `${name}!`, reason: 'too-expensive' }
                : { confirmation: name, reason: 'bored' };
        return {
          method: 'POST',
          path: `${ops}/cancel`,
          version: v.subscriptionOps,
          body,
          schema: subscriptionOpResultSchema,
          alsoTouches: [],
        };
      }
      case 'enable':
        return {
          method: 'POST',
          path: `${ops}/enable`,
          version: v.subscriptionOps,
          schema: subscriptionOpResultSchema,
          alsoTouches: [],
        };
      case 'rename': {
        const r = this.random();
        // Names count characters (code points): an emoji is one, so this one is well within 64.
        const subscriptionName =
          r < 0.55
            ? `Renamed ${this.step}`
            : r < 0.7
              ? `Café 😀 ${this.step}`
              : r < 0.85
                ? 'x'.repeat(65)
                : 'a<b>';
        return {
          method: 'POST',
          path: `${ops}/rename`,
          version: v.subscriptionOps,
          body: { subscriptionName },
          schema: subscriptionOpResultSchema,
          alsoTouches: [],
        };
      }
      case 'support': {
        const reuse =
          this.tickets.length > 0 && this.random() < 0.2
            ? pick(this.random, this.tickets)
            : undefined;
        if (reuse !== undefined) {
          return {
            method: 'PUT',
            path: `/subscriptions/${reuse.sub}/providers/Microsoft.Support/supportTickets/${reuse.name}`,
            version: v.support,
            body: reuse.body,
            schema: supportTicketSchema,
            alsoTouches: [],
          };
        }
        const problemType = this.random() < 0.6 ? 'subscription-reactivation' : 'billing';
        const body = {
          properties: {
            title: `Fuzz ${this.step} ✓`,
            description: 'Please help.\n\tThank you.',
            problemType,
          },
        };
        const ticketName = `fuzz-${this.index}-${this.step}`;
        this.tickets.push({ name: ticketName, sub, body });
        return {
          method: 'PUT',
          path: `/subscriptions/${sub}/providers/Microsoft.Support/supportTickets/${ticketName}`,
          version: v.support,
          body,
          schema: supportTicketSchema,
          alsoTouches: [],
        };
      }
      case 'vm': {
        const vm = this.resourceOf(sub, 'Microsoft.Compute/virtualMachines');
        if (vm === undefined) return undefined;
        return {
          method: 'POST',
          path: `${vm.id}/${pick(this.random, ['start', 'powerOff', 'deallocate'])}`,
          version: v.compute,
          alsoTouches: [],
        };
      }
      case 'web': {
        const site = this.resourceOf(sub, 'Microsoft.Web/sites');
        if (site === undefined) return undefined;
        return {
          method: 'POST',
          path: `${site.id}/${pick(this.random, ['start', 'stop'])}`,
          version: v.web,
          alsoTouches: [],
        };
      }
      case 'container': {
        const account = this.resourceOf(sub, 'Microsoft.Storage/storageAccounts');
        if (account === undefined) return undefined;
        const container = pick(this.random, ['backups', 'fuzz-a', 'fuzz-b']);
        return {
          method: 'PUT',
          path: `${account.id}/blobServices/default/containers/${container}`,
          version: v.storage,
          body: {},
          alsoTouches: [],
        };
      }
      case 'resourceGroup':
        return {
          method: 'PUT',
          path: `/subscriptions/${sub}/resourcegroups/rg-fuzz`,
          version: v.resources,
          body: { location: 'eastus' },
          alsoTouches: [],
        };
      case 'move': {
        const resource = this.resourceOf(sub);
        if (resource === undefined) return undefined;
        const target = pick(this.random, SUBSCRIPTIONS);
        const group =
          target === sub
            ? 'rg-fuzz-moved'
            : (this.store.world().subscriptions.find((s) => s.subscriptionId === target)
                ?.resourceGroups[0] ?? 'rg-none');
        const validate = this.random() < 0.3;
        return {
          method: 'POST',
          path: `/subscriptions/${sub}/resourceGroups/${resource.resourceGroup}/${validate ? 'validateMoveResources' : 'moveResources'}`,
          version: v.resources,
          body: {
            resources: [resource.id],
            targetResourceGroup: `/subscriptions/${target}/resourceGroups/${group}`,
          },
          alsoTouches: target === sub ? [] : [target],
        };
      }
    }
  }

  /** What the oracle learns from a write: accepted cancels and reactivations. */
  private record(outcome: WriteOutcome): void {
    const { kind, subscriptionId: sub, answer } = outcome;
    if (answer.networkError || answer.status >= 300) {
      // The first answer failed; a repeat with the same id is then a plain new attempt.
      const repeat = outcome.repeated;
      if (repeat === undefined || repeat.networkError || repeat.status >= 300) return;
      this.record({ ...outcome, answer: repeat, repeated: undefined });
      return;
    }
    const now = this.store.now();
    if (kind === 'cancel') {
      this.tracker.acceptedCancels.set(sub, (this.tracker.acceptedCancels.get(sub) ?? 0) + 1);
    } else if (kind === 'enable') {
      this.addReactivation(sub, now);
    } else if (kind === 'support') {
      const ticket = supportTicketSchema.safeParse(answer.body);
      if (!ticket.success) return;
      const p = ticket.data.properties;
      if (p.problemType === 'subscription-reactivation' && p.expectedResolutionDate !== undefined) {
        this.addReactivation(p.subscriptionId, Date.parse(p.expectedResolutionDate));
      }
    }
  }

  private addReactivation(sub: string, at: number): void {
    const key = sub.toLowerCase();
    this.tracker.reactivations.set(key, [...(this.tracker.reactivations.get(key) ?? []), at]);
  }

  private isDeletedNow(sub: string): boolean {
    const since = this.tracker.deletedSince.get(sub.toLowerCase());
    return since !== undefined && this.store.now() >= since;
  }

  // --- invariants -----------------------------------------------------------------------------

  private previousWorld: World | undefined;

  /** Reads what the admin (a role on all seven) sees, with faults set aside, and checks it. */
  async observe(): Promise<void> {
    const saved = this.store.settings().faults;
    if (saved.length > 0) this.store.updateSettings((s) => ({ ...s, faults: [] }));
    const list = await this.arm('GET', '/subscriptions', {
      handlers: this.observers,
      persona: 'admin',
      version: API_VERSIONS.subscriptions,
    });
    const billing = await this.arm('GET', '/providers/Microsoft.Billing/billingSubscriptions', {
      handlers: this.observers,
      persona: 'admin',
      version: API_VERSIONS.billing,
    });
    const now = this.store.now();
    const subs = subscriptionListSchema.safeParse(list.body);
    const bills = billingSubscriptionListSchema.safeParse(billing.body);
    this.check(
      'observation reads fit the contract',
      subs.success && bills.success,
      () => `${list.status} ${billing.status}`,
    );
    if (subs.success && bills.success) {
      for (const sub of subs.data.value) {
        const bill = bills.data.value.find(
          (b) => b.properties.subscriptionId === sub.subscriptionId,
        );
        if (bill === undefined) continue;
        await this.checkDeleted(sub.subscriptionId, sub.state, bill, now);
        this.checkDates(sub.subscriptionId, bill);
        this.checkBilling(sub.subscriptionId, bill, now);
      }
    }
    this.checkWorld();
    if (saved.length > 0) this.store.updateSettings((s) => ({ ...s, faults: saved }));
  }

  /** No double cancellation; history only grows (stored facts). */
  private checkWorld(): void {
    const world = this.store.world();
    for (const sub of world.subscriptions) {
      const records = sub.cancellations;
      records.slice(0, -1).forEach((record, i) => {
        const next = records[i + 1];
        this.check(
          'no double cancellation',
          record.reactivatedAt !== undefined &&
            next !== undefined &&
            next.requestedAt >= record.reactivatedAt,
          () => `${sub.subscriptionId}: cancellation ${i + 1} starts while ${i} is still open`,
        );
      });
      const added =
        records.length - (this.tracker.initialCancellations.get(sub.subscriptionId) ?? 0);
      this.check(
        'no double cancellation',
        added === (this.tracker.acceptedCancels.get(sub.subscriptionId) ?? 0),
        () =>
          `${sub.subscriptionId}: ${added} cancellations recorded for ${this.tracker.acceptedCancels.get(sub.subscriptionId) ?? 0} accepted requests`,
      );
      const before = this.previousWorld?.subscriptions.find(
        (s) => s.subscriptionId === sub.subscriptionId,
      );
      if (before !== undefined) {
        const violations = historyViolations(before, sub);
        this.check('dates never move once set', violations.length === 0, () =>
          violations.join('; '),
        );
      }
    }
    this.previousWorld = world;
  }

  /** Once seen Deleted, always Deleted (from that instant on), with nothing left in it. */
  private async checkDeleted(
    sub: string,
    state: string,
    bill: BillingSubscription,
    now: number,
  ): Promise<void> {
    const key = sub.toLowerCase();
    const since = this.tracker.deletedSince.get(key);
    if (since !== undefined && now >= since) {
      this.check(
        'a deleted subscription never returns',
        state === 'Deleted' && bill.properties.lifecycle.phase === 'deleted',
        () => `${sub} is ${state} / ${bill.properties.lifecycle.phase}`,
      );
    }
    if (state === 'Deleted') {
      const first = since === undefined || now < since;
      if (first) this.tracker.deletedSince.set(key, now);
      // Its resources are looked at when it is first seen deleted and now and then after.
      if (!first && this.random() > 0.1) return;
      const resources = await this.arm('GET', `/subscriptions/${sub}/resources`, {
        persona: 'admin',
        version: API_VERSIONS.resources,
      });
      const parsed = resourceListSchema.safeParse(resources.body);
      this.check(
        'a deleted subscription has no resources (R9)',
        parsed.success && parsed.data.value.length === 0,
        () => `${sub}: ${resources.status}`,
      );
    }
  }

  /** Every date of a cancellation, once shown, stays as it was. */
  private checkDates(sub: string, bill: BillingSubscription): void {
    const c = bill.properties.lifecycle.cancellation;
    if (c === undefined) return;
    const key = `${sub}|${c.requestedAt}`;
    const seen: Record<string, string | number | undefined> = {
      billingStoppedAt: c.billingStoppedAt,
      showsInPortalBy: c.showsInPortalBy,
      finalInvoiceDate: c.finalInvoiceDate,
      finalInvoiceAmount: c.finalInvoiceAmount,
      dataDeletionDate: c.dataDeletionDate,
      reactivationDeadline: c.reactivationDeadline,
      disabledAt: c.disabledAt,
      lastSupportCharge: bill.properties.supportPlan?.lastChargeDate,
    };
    const known = this.tracker.dates.get(key);
    if (known === undefined) {
      this.tracker.dates.set(key, seen);
      return;
    }
    for (const [field, value] of Object.entries(seen)) {
      const before = known[field];
      if (before === undefined) {
        if (value !== undefined) known[field] = value;
        continue;
      }
      // `disabledAt` is hidden again only when the clock is moved back before it.
      if (value === undefined && field === 'disabledAt') continue;
      this.check(
        'dates never move once set',
        value === before,
        () => `${key} ${field}: ${String(before)} → ${String(value)}`,
      );
    }
  }

  /** Billing stopped stays stopped, and its spend frozen, until a reactivation takes effect (R4, R10, R11). */
  private checkBilling(sub: string, bill: BillingSubscription, now: number): void {
    const key = sub.toLowerCase();
    const p = bill.properties;
    const stopped = this.tracker.stoppedSince.get(key);
    const reactivatedSince = (since: number): boolean =>
      (this.tracker.reactivations.get(key) ?? []).some((at) => at > since - 1 && at <= now);
    if (p.billingStatus === 'Stopped') {
      // Stopped again after a reactivation that no observation caught (the clock jumped over both):
      // a new stretch, whose spend includes the time billing ran in between.
      if (stopped === undefined || (now >= stopped.at && reactivatedSince(stopped.at))) {
        this.tracker.stoppedSince.set(key, {
          at: now,
          periodStart: p.currentPeriod.start,
          spend: p.monthToDateCharges.amount,
        });
      } else if (now >= stopped.at && p.currentPeriod.start === stopped.periodStart) {
        this.check(
          'spend is frozen while billing is stopped (R4)',
          p.monthToDateCharges.amount <= stopped.spend + 1e-9,
          () => `${sub}: ${stopped.spend} → ${p.monthToDateCharges.amount}`,
        );
      }
      return;
    }
    if (stopped === undefined || now < stopped.at) return;
    this.check(
      'billing never resumes without a reactivation',
      reactivatedSince(stopped.at),
      () =>
        `${sub}: Stopped at ${new Date(stopped.at).toISOString()}, Active at ${new Date(now).toISOString()} with no reactivation`,
    );
    this.tracker.stoppedSince.delete(key);
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = {
    seed: options.seed,
    runs: options.runs,
    actions: 0,
    requests: 0,
    faultRulesSet: 0,
    faultsInjected: 0,
    lostAnswers: 0,
    snapshotRoundTrips: 0,
    clockMoves: 0,
    invariantChecks: 0,
    statuses: {},
    violations: [],
  };
  const first = options.firstRun ?? 0;
  for (let index = first; index < first + options.runs; index++) {
    const run = new Run(
      index,
      seededRandom(`${options.seed}:${index}`),
      report,
      options.snapshotEvery,
    );
    await run.play(options.steps);
    report.violations.push(...run.violations);
  }
  return report;
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const options: FuzzOptions = {
    seed: argument('seed', 'fuzz'),
    runs: Number(argument('runs', '2000')),
    steps: Number(argument('steps', '60')),
    firstRun: Number(argument('from', '0')),
  };
  const snapshotEvery = Number(argument('snapshot-every', '0'));
  if (snapshotEvery > 0) options.snapshotEvery = snapshotEvery;
  const started = performance.now();
  const report = await runFuzz(options);
  const { violations, ...figures } = report;
  console.log(
    JSON.stringify(
      { ...figures, seconds: Math.round((performance.now() - started) / 100) / 10 },
      null,
      2,
    ),
  );
  const shown = new Set<string>();
  for (const v of violations) {
    const key = `${v.invariant}: ${v.detail}`;
    if (shown.has(key)) continue;
    shown.add(key);
    const steps = process.argv.includes('--verbose') ? v.log : v.log.slice(-12);
    console.log(`\nrun ${v.run}, step ${v.step} — ${key}\n  ${steps.join('\n  ')}`);
  }
  console.log(`\n${violations.length === 0 ? 'no' : violations.length} invariant violations`);
  process.exitCode = violations.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
