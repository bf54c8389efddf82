import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check, type BudgetCheck } from './budgets';
import { launchChromium, servePreview } from './browser';
import {
  buildProduction,
  chunkSize,
  lazyModuleCosts,
  missingRoutes,
  type ChunkSize,
} from './bundle';
import { phaseRows, summarizePhases, type PhaseSummary } from './load-phases';
import { measureLargeTenant } from './measure-large-tenant';
import { HOVER_DWELL_MS, measureListToOverview } from './measure-navigation';
import { APP_FIRST_ROW, coldThenWarm, STATIC_FIRST_ROW, type LoadPair } from './measure-load';
import { measureTestStart, TEST_START_PATH, type TestStart } from './measure-test-start';
import { budgetRows, kb, ms, summaryRow, summarySection, table } from './report';
import { IMPORT_MSW_WORKER } from '../build/mock-worker-inline';
import { buildFloorPage, FLOOR_PAGE } from './floor-page';
import { renderStaticPage } from './static-page';
import { round, roundSummary, summarize, summarizeGiven, type Summary } from './stats';
import { lastE2eRun, runNpmTest, type WallTime } from './test-wall-time';

// `npm run bench`: builds the portal, serves the production build, and measures it side by side with
// a static HTML page of the same rows, in one headless Chromium. Prints the tables and writes
// e2e/bench/latest.json. See docs/performance.md.

const cwd = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4190' },
    out: { type: 'string', default: 'e2e/bench/latest.json' },
    'npm-test': { type: 'boolean', default: false },
    // Iterating on one lever: `--skip large` etc. A skipped part is reported as not measured.
    skip: { type: 'string', multiple: true, default: [] },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${args.runs}`);
const skip = new Set(args.skip);
// The bench serves the build at the root; a BASE_PATH meant for a deployment would only move it.
process.env.BASE_PATH = '/';
const DIST = 'dist-bench';
const STATIC_PAGE = 'bench-static.html';

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  // The machine may be shared: its load before and after says how much to trust the timings.
  const loadBefore = loadavg()[0] ?? 0;
  log(`building into ${DIST}/`);
  const buildMs = buildProduction(cwd, DIST);
  const distDir = join(cwd, DIST);
  const { html, rows: staticRows } = await renderStaticPage();
  const rows = staticRows.length;
  writeFileSync(join(distDir, STATIC_PAGE), html);
  await buildFloorPage(cwd, distDir, staticRows);

  const { server, baseURL } = await servePreview(cwd, DIST, Number(args.port));
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  try {
    // Load: app and static page alternate, so a busy moment on the machine hits both alike.
    const app: LoadPair[] = [];
    const reference: LoadPair[] = [];
    const floor: LoadPair[] = [];
    if (!skip.has('load')) {
      for (let run = 0; run < runs; run += 1) {
        log(`load run ${run + 1}/${runs}`);
        const appFirst = run % 2 === 1;
        if (appFirst)
          app.push(await coldThenWarm(browser, baseURL, 'subscriptions', APP_FIRST_ROW));
        reference.push(await coldThenWarm(browser, baseURL, STATIC_PAGE, STATIC_FIRST_ROW));
        floor.push(await coldThenWarm(browser, baseURL, FLOOR_PAGE, STATIC_FIRST_ROW));
        if (!appFirst)
          app.push(await coldThenWarm(browser, baseURL, 'subscriptions', APP_FIRST_ROW));
      }
    }
    // What each end-to-end test pays to start: a new context to `main` visible, as gotoPortal waits.
    const appTestStart: TestStart[] = [];
    const staticTestStart: TestStart[] = [];
    if (!skip.has('test-start')) {
      for (let run = 0; run < runs; run += 1) {
        log(`test start run ${run + 1}/${runs}`);
        const appFirst = run % 2 === 1;
        if (appFirst) appTestStart.push(await measureTestStart(browser, baseURL, TEST_START_PATH));
        staticTestStart.push(await measureTestStart(browser, baseURL, `/${STATIC_PAGE}`));
        if (!appFirst) appTestStart.push(await measureTestStart(browser, baseURL, TEST_START_PATH));
      }
    }
    const firstColdScripts = app[0]?.cold.scripts ?? [];
    const large = skip.has('large')
      ? null
      : (log('large tenant'), await measureLargeTenant(browser, baseURL, runs));
    const navigation = skip.has('navigation')
      ? null
      : (log('list to overview'), await measureListToOverview(browser, baseURL, runs));
    await browser.close();

    const wallTime: WallTime = args['npm-test']
      ? (log('npm test'), runNpmTest(cwd))
      : lastE2eRun(cwd);

    // What the first load fetched before the list showed: every script, plus the worker's, which
    // resource timing does not list (mock-worker.js, and MSW's worker if it is still imported
    // rather than inlined by the build, scripts/build/mock-worker-inline.ts).
    const workerScripts = ['mock-worker.js'];
    if (readFileSync(join(distDir, 'mock-worker.js'), 'utf8').includes(IMPORT_MSW_WORKER)) {
      workerScripts.push('mockServiceWorker.js');
    }
    const initialChunks: ChunkSize[] = [...new Set(firstColdScripts)]
      .map((path) => chunkSize(distDir, path.replace(/^\//, '')))
      .concat(firstColdScripts.length ? workerScripts.map((file) => chunkSize(distDir, file)) : [])
      .sort((a, b) => b.gzipKb - a.gzipKb);
    const initialGzipKb = initialChunks.reduce((sum, chunk) => sum + chunk.gzipKb, 0);
    const initialRawKb = initialChunks.reduce((sum, chunk) => sum + chunk.rawKb, 0);
    const routes = lazyModuleCosts(
      distDir,
      new Set(firstColdScripts.map((path) => path.replace(/^\//, ''))),
    );
    const missing = missingRoutes(routes);
    if (missing.length)
      throw new Error(`Lazy routes missing from the build: ${missing.join(', ')}`);

    const load = {
      staticCold: summarizeGiven(reference.map((pair) => pair.cold.visibleMs)),
      staticWarm: summarizeGiven(reference.map((pair) => pair.warm.visibleMs)),
      appCold: summarizeGiven(app.map((pair) => pair.cold.visibleMs)),
      appWarm: summarizeGiven(app.map((pair) => pair.warm.visibleMs)),
      floorCold: summarizeGiven(floor.map((pair) => pair.cold.visibleMs)),
      floorWarm: summarizeGiven(floor.map((pair) => pair.warm.visibleMs)),
      appTestStart: summarizeGiven(appTestStart.map((start) => start.ms)),
      staticTestStart: summarizeGiven(staticTestStart.map((start) => start.ms)),
    };
    // Not budgets: the portal's milestones on the way to its rows, to tell which step moved.
    const phases = app.length
      ? {
          cold: summarizePhases(app.map((pair) => pair.cold.phases)),
          warm: summarizePhases(app.map((pair) => pair.warm.phases)),
        }
      : null;
    const roundPhases = (rows: PhaseSummary[]) =>
      rows.map(({ phase, ms }) => ({ phase, ms: ms && roundSummary(ms) }));
    const ratio = (a: Summary | null, b: Summary | null) => (a && b ? a.median / b.median : null);
    const coldRatio = ratio(load.appCold, load.staticCold);
    const warmRatio = ratio(load.appWarm, load.staticWarm);
    const floorColdRatio = ratio(load.floorCold, load.staticCold);
    const floorWarmRatio = ratio(load.floorWarm, load.staticWarm);
    const testStartRatio = ratio(load.appTestStart, load.staticTestStart);
    // Not a budget: which scripts kept the main thread busy while a test's portal started.
    const longFrames = appTestStart.length
      ? {
          blockingMs: summarize(appTestStart.map((start) => start.longFrames.blockingMs)),
          byScript: [
            ...new Set(appTestStart.flatMap((start) => Object.keys(start.longFrames.byScript))),
          ]
            .map((label) => ({
              label,
              // A run without this script's frame counts as 0 ms.
              ms: summarize(appTestStart.map((start) => start.longFrames.byScript[label] ?? 0)),
            }))
            .filter((script) => script.ms.max > 0)
            .sort((a, b) => b.ms.median - a.ms.median || b.ms.max - a.ms.max),
        }
      : null;
    const largeFigures = large && {
      scenarioLoadMs: large.scenarioLoadMs,
      loadToFirstRows: summarize(large.loadMs),
      search: summarize(large.searchMs),
      scrollLongestTask: summarize(large.scrollPasses.map((pass) => pass.longestTaskMs)),
      scrollLongTasksOver100: large.scrollPasses
        .flatMap((pass) => pass.tasksMs)
        .filter((d) => d > 100).length,
      scrollLongTasks: large.scrollPasses.flatMap((pass) => pass.tasksMs).length,
    };

    // Not budgets: how soon a blade opens from the list, with and without time to fetch it ahead.
    const navigationFigures = navigation && {
      hoverDwellMs: HOVER_DWELL_MS,
      afterHover: summarize(navigation.afterHoverMs),
      immediate: summarize(navigation.immediateMs),
    };

    const budgets: BudgetCheck[] = [
      check('coldRatio', coldRatio),
      check('warmRatio', warmRatio),
      check('initialJs', firstColdScripts.length ? initialGzipKb : null),
      check('search', largeFigures ? largeFigures.search.median : null),
      check('scrollLongTask', largeFigures ? largeFigures.scrollLongestTask.median : null),
      check('testWallTime', wallTime.seconds),
    ];

    const cpuModel = cpus()[0]?.model ?? 'unknown';
    const result = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel,
        node: process.version,
        chromium: chromiumVersion,
        loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0] ?? 0, 2) },
      },
      runs,
      buildSeconds: round(buildMs / 1000),
      staticPage: { rows, path: `/${STATIC_PAGE}` },
      load: Object.fromEntries(
        Object.entries(load).map(([key, value]) => [key, value && roundSummary(value)]),
      ),
      loadPhases: phases && { cold: roundPhases(phases.cold), warm: roundPhases(phases.warm) },
      ratios: {
        cold: coldRatio && round(coldRatio, 2),
        warm: warmRatio && round(warmRatio, 2),
        testStart: testStartRatio && round(testStartRatio, 2),
      },
      testStartLongFrames: longFrames && {
        blockingMs: roundSummary(longFrames.blockingMs),
        byScript: longFrames.byScript.map((script) => ({
          label: script.label,
          ms: roundSummary(script.ms),
        })),
      },
      // Not budgets: what React and Fluent alone cost to paint the same rows (scripts/bench/floor/).
      floorRatios: {
        cold: floorColdRatio && round(floorColdRatio, 2),
        warm: floorWarmRatio && round(floorWarmRatio, 2),
      },
      initialJs: {
        gzipKb: round(initialGzipKb),
        rawKb: round(initialRawKb),
        chunks: initialChunks.map((c) => ({
          file: c.file,
          rawKb: round(c.rawKb),
          gzipKb: round(c.gzipKb),
        })),
      },
      lazyModules: routes.map((route) => ({ ...route, gzipKb: round(route.gzipKb) })),
      largeTenant: largeFigures && {
        scenarioLoadMs: round(largeFigures.scenarioLoadMs),
        loadToFirstRows: roundSummary(largeFigures.loadToFirstRows),
        search: roundSummary(largeFigures.search),
        scrollLongestTask: roundSummary(largeFigures.scrollLongestTask),
        scrollLongTasks: largeFigures.scrollLongTasks,
        scrollLongTasksOver100: largeFigures.scrollLongTasksOver100,
      },
      listToOverview: navigationFigures && {
        hoverDwellMs: navigationFigures.hoverDwellMs,
        afterHover: roundSummary(navigationFigures.afterHover),
        immediate: roundSummary(navigationFigures.immediate),
      },
      testWallTime: {
        ...wallTime,
        seconds: wallTime.seconds === null ? null : round(wallTime.seconds),
      },
      budgets: budgets.map((b) => ({ ...b, value: b.value === null ? null : round(b.value, 2) })),
    };

    const out = resolve(cwd, args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

    const lines: string[] = [];
    lines.push(
      `Performance bench: ${runs} runs, ${cpus().length} CPUs (${cpuModel}), Chromium ${chromiumVersion}, ${result.generatedAt}`,
      `Machine load (1 min average): ${result.machine.loadAverage.before} before, ${result.machine.loadAverage.after} after`,
      ...summarySection(
        'Load to the Subscriptions list visible (first row painted, from navigation start)',
        'page',
        [
          load.staticCold && summaryRow(`static page (${rows} rows), cold`, load.staticCold, ms),
          load.appCold && summaryRow('portal, cold (worker installs)', load.appCold, ms),
          load.staticWarm && summaryRow('static page, warm', load.staticWarm, ms),
          load.appWarm && summaryRow('portal, warm', load.appWarm, ms),
          load.floorCold &&
            summaryRow('stack floor (React + Fluent, rows inlined), cold', load.floorCold, ms),
          load.floorWarm && summaryRow('stack floor, warm', load.floorWarm, ms),
        ].filter((row): row is string[] => row !== null),
      ),
      ...(phases
        ? [
            '',
            "The portal's load, milestone by milestone (ms from navigation start: median (min–max); not a budget)",
            table(['milestone', 'cold', 'warm'], phaseRows(phases.cold, phases.warm)),
          ]
        : []),
      ...summarySection(
        `Per-test cost: new context to \`main\` visible, as gotoPortal waits (${TEST_START_PATH}; not a budget)`,
        'page',
        [
          load.staticTestStart && summaryRow('static page', load.staticTestStart, ms),
          load.appTestStart && summaryRow('portal', load.appTestStart, ms),
        ].filter((row): row is string[] => row !== null),
      ),
      load.appTestStart
        ? `A 100-test suite spends ${((load.appTestStart.median * 100) / 1000).toFixed(0)} s starting the portal (${testStartRatio?.toFixed(2) ?? 'n/a'} × the static page)`
        : 'Per-test cost: not measured',
      ...(longFrames
        ? summarySection(
            `Main thread while a test's portal starts: long animation frames to 1.5 s after \`main\` shows, by script (median of ${runs} runs; blocking time in all ${longFrames.blockingMs.median.toFixed(0)} ms; not a budget)`,
            'script',
            longFrames.byScript
              .slice(0, 12)
              .map((script) => summaryRow(script.label, script.ms, ms)),
          )
        : []),
      floorColdRatio && floorWarmRatio
        ? `Stack floor ÷ static page (not a budget): ${floorColdRatio.toFixed(2)} × cold, ${floorWarmRatio.toFixed(2)} × warm`
        : 'Stack floor: not measured',
      '',
      `JavaScript loaded before the list shows: ${kb(initialGzipKb)} gzip (${kb(initialRawKb)} raw)`,
      table(
        ['chunk', 'gzip', 'raw'],
        initialChunks.map((c) => [c.file, kb(c.gzipKb), kb(c.rawKb)]),
      ),
      '',
      'Lazily loaded, on top of the first load (gzip)',
      table(
        ['module', 'url', 'chunks', 'gzip'],
        routes.map((r) => [
          r.module.replace(/^src\//, ''),
          `${r.url ?? '(on demand)'}${r.inFirstLoad ? ' (first load)' : ''}`,
          String(r.chunks),
          kb(r.gzipKb),
        ]),
        2,
      ),
    );
    if (largeFigures) {
      lines.push(
        ...summarySection('Large tenant (5,000 subscriptions)', 'figure', [
          [
            'scenario load (once, ?scenario=large-tenant)',
            ms(largeFigures.scenarioLoadMs),
            '',
            '',
            '1',
          ],
          summaryRow('load to first rows', largeFigures.loadToFirstRows, ms),
          summaryRow('search: keystroke to result', largeFigures.search, ms),
          summaryRow('scroll: longest task per pass', largeFigures.scrollLongestTask, ms),
        ]),
        `  long tasks while scrolling: ${largeFigures.scrollLongTasks} over 50 ms, ${largeFigures.scrollLongTasksOver100} over 100 ms`,
      );
    }
    if (navigationFigures) {
      lines.push(
        ...summarySection(
          'List to Overview, its code not yet loaded (click to title painted; not a budget)',
          'click',
          [
            summaryRow(
              `after resting ${navigationFigures.hoverDwellMs} ms on the link`,
              navigationFigures.afterHover,
              ms,
            ),
            summaryRow('at once', navigationFigures.immediate, ms),
          ],
        ),
      );
    }
    lines.push(
      '',
      `Test suite: ${wallTime.seconds === null ? 'not measured' : `${wallTime.seconds.toFixed(0)} s`} (${wallTime.source}: ${wallTime.covers})`,
      '',
      'Budgets (medians)',
      table(['figure', 'measured', 'budget', 'result'], budgetRows(budgets)),
      '',
      `Written to ${relative(cwd, out)}`,
    );
    console.log(lines.join('\n'));
    if (budgets.some((b) => b.pass === false)) process.exitCode = 1;
  } finally {
    if (browser.isConnected()) await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
