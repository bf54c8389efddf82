import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { isMockCall as isMockUrl } from '@/mocks/ready-gate';
import { freshContext, launchChromium, servePreview } from '../bench/browser';
import { buildProduction } from '../bench/bundle';
import { APP_FIRST_ROW } from '../bench/measure-load';
import { callFromPage } from './calls';
import { runDemoLoop } from './demo-loop';
import { probePage, WorkerProbe } from './memory';
import { sampleLine, summarize, summaryLines, type Sample } from './report';

// `npm run soak -- --minutes N`: a long demo in a real browser on the production build (the
// presentation on auto-advance, looping, with time travel, scenario resets and a pending cancellation
// polling), one line a minute of what the page and the mock's service worker still hold after a
// forced GC, and at the end the growth per minute and per 1,000 mocked calls. It stops by itself.
// `--calls N` instead makes N mocked calls from the page as fast as they answer and reports the
// same figures per step. Everything runs on 127.0.0.1. See docs/reliability.md.
//
// Chromium does not stop a service worker that DevTools is attached to, as the soak is to read its
// memory: a stopped and restarted worker is e2e/reliability-worker.spec.ts's subject, not this one's.

const cwd = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    calls: { type: 'string' },
    port: { type: 'string', default: process.env.SOAK_PORT ?? '4290' },
    // Iterating on the soak itself: serve the last build again.
    'no-build': { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`--${name} must be a positive number, not ${value}`);
  }
  return number;
}

const minutes = positive('minutes', args.minutes);
const calls = args.calls === undefined ? undefined : Math.round(positive('calls', args.calls));
const DIST = 'dist-soak';
/** The mock's worker script (public/mock-worker.js), as the soak finds its target. */
const WORKER_SCRIPT = '/mock-worker.js';
const MINUTE_MS = 60_000;
/** What a mocked call's relay between page and worker is made of: none should stay per call. */
const RELAY_OBJECTS = ['MessagePort', 'ReadableStream', 'Response', 'Request'] as const;
/** Calls between two readings of `--calls`. */
const CALLS_STEP = 500;

function log(message: string): void {
  process.stderr.write(`[soak] ${message}\n`);
}

const ARM_ORIGIN = 'https://management.azure.com';

/** Counts the page's mocked calls and what went wrong, as the page and the network report it. */
function watch(page: Page, pageOrigin: string) {
  const isMockCall = (url: string) => isMockUrl(new URL(url), ARM_ORIGIN, pageOrigin);
  const counts = { requests: 0, errors: 0 };
  const error = (what: string) => {
    counts.errors += 1;
    log(`error: ${what}`);
  };
  page.on('request', (request) => {
    if (isMockCall(request.url())) counts.requests += 1;
  });
  page.on('requestfinished', async (request) => {
    if (!isMockCall(request.url())) return;
    const response = await request.response();
    // Not answered by the worker: it reached the network, which the mock promises never happens.
    if (response !== null && !response.fromServiceWorker()) error(`not mocked: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // The portal aborts the reads of a blade it leaves (a chapter of the presentation moves on).
    if (isMockCall(request.url()) && reason !== 'net::ERR_ABORTED') {
      error(`${reason}: ${request.url()}`);
    }
  });
  page.on('pageerror', (exception) => error(`page: ${exception.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') error(`console: ${message.text()}`);
  });
  return { counts, error };
}

async function main(): Promise<void> {
  // A soak measures the build a demo is given, served as `npm run preview` serves it.
  process.env.BASE_PATH = '/';
  if (!args['no-build']) {
    log(`building into ${DIST}/`);
    buildProduction(cwd, DIST);
  }
  const { server, baseURL } = await servePreview(cwd, DIST, Number(args.port));
  const browser = await launchChromium();
  try {
    const context = await freshContext(browser, baseURL);
    const page = await context.newPage();
    const { counts, error } = watch(page, new URL(baseURL).origin);
    await page.goto('subscriptions');
    await page.locator(APP_FIRST_ROW).waitFor({ timeout: 60_000 });
    const pageProbe = await probePage(page);
    const workerProbe = new WorkerProbe(browser, WORKER_SCRIPT);
    const started = Date.now();
    const samples: Sample[] = [];
    const sample = async (): Promise<Sample> => {
      const [pageMb, workerMb, dom] = [
        await pageProbe.heapMb(),
        await workerProbe.heapMb(),
        await pageProbe.domCounters(),
      ];
      const taken: Sample = {
        minute: (Date.now() - started) / MINUTE_MS,
        pageMb,
        workerMb,
        ...dom,
        requests: counts.requests,
        errors: counts.errors,
      };
      samples.push(taken);
      console.log(sampleLine(taken));
      return taken;
    };

    if (calls !== undefined) {
      const objects = async () => {
        const [inPage, inWorker] = [
          await pageProbe.objects(RELAY_OBJECTS),
          await workerProbe.objects(RELAY_OBJECTS),
        ];
        console.log(
          `[soak]   objects: page ${JSON.stringify(inPage)} · worker ${JSON.stringify(inWorker)}`,
        );
      };
      await sample();
      await objects();
      for (let done = 0; done < calls; done += CALLS_STEP) {
        const failed = await callFromPage(page, Math.min(CALLS_STEP, calls - done));
        for (let n = 0; n < failed; n += 1) error('a call from the page failed');
        await sample();
        await objects();
      }
    } else {
      const stop = new AbortController();
      const demo = runDemoLoop(page, { signal: stop.signal, onError: error, log });
      await sample();
      // One reading on each minute mark (however long a reading takes), the last at the deadline.
      for (let minute = 1; minute <= Math.ceil(minutes); minute += 1) {
        const at = started + Math.min(minute, minutes) * MINUTE_MS;
        await new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));
        await sample();
      }
      stop.abort();
      // Closing the tab ends whatever step the demo is in (it may be waiting for a chapter).
      await context.close();
      await demo;
    }
    for (const line of summaryLines(summarize(samples))) console.log(line);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
