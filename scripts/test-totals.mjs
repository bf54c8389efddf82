#!/usr/bin/env node
// Prints one plain line, `N passed, N failed`, from the JSON reports of Vitest, Playwright (the
// repository's end-to-end suite and the outsider test's consumer suite) and the Azure tools suite.
// A stage that failed before any test ran (type-check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const exitCode = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('reports/unit-results.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}

// Playwright's JSON: this repository's end-to-end suite, and the consumer suite of the outsider test
// (npm run test:outsider: the packed package installed in a project of its own).
for (const path of ['reports/e2e-results.json', 'reports/outsider-results.json']) {
  const report = read(path);
  if (!report?.stats) continue;
  // "flaky" means it failed first and passed on retry: report it as passed, as Playwright does.
  passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
  failed += report.stats.unexpected ?? 0;
  skipped += report.stats.skipped ?? 0;
}

// The Azure tools suite (npm run test:azure-tools, the last stage of npm test): one step each.
const azureTools = read('reports/azure-tools-results.json');
if (azureTools) {
  passed += azureTools.passed ?? 0;
  failed += azureTools.failed ?? 0;
  skipped += azureTools.skipped ?? 0;
}

if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
