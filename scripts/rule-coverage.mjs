#!/usr/bin/env node
// Fails unless every lifecycle rule (R1, R2, … as docs/lifecycle.md lists them) is named by at least
// one unit test title and one end-to-end test title. Titles are read with the TypeScript parser, not
// grep, so a title split over lines by Prettier still counts and a skipped test does not. A test's
// title includes its `describe` blocks', as both runners report it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const RULES_DOC = 'docs/lifecycle.md';
const SUITES = {
  unit: { dirs: ['src', 'scripts'], match: /\.test\.tsx?$/ },
  e2e: { dirs: ['e2e'], match: /\.spec\.ts$/ },
};

// `it.skip`, `test.fixme`, `it.todo`: declared, but they prove nothing.
const SKIPPED = new Set(['skip', 'todo', 'fixme']);
// What may follow `it`/`test`/`describe` in a call that still declares a test or a block.
const MODIFIERS = new Set(['only', 'each()', 'concurrent', 'sequential', 'serial', 'parallel']);

function ruleIds() {
  const text = readFileSync(join(ROOT, RULES_DOC), 'utf8');
  const ids = [...text.matchAll(/^\|\s*(R\d+)\s*\|/gm)].map((match) => match[1]);
  if (ids.length === 0) throw new Error(`No rule rows (| R1 | … |) found in ${RULES_DOC}.`);
  return ids;
}

function files(dir, match) {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && match.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => !path.includes('node_modules'));
}

/** `test.describe.serial` → ['test', 'describe', 'serial']; `it.each(rows)` → ['it', 'each()']. */
function calleeChain(expression) {
  if (ts.isIdentifier(expression)) return [expression.text];
  if (ts.isPropertyAccessExpression(expression))
    return [...calleeChain(expression.expression), expression.name.text];
  if (ts.isCallExpression(expression)) return [...calleeChain(expression.expression), 'each()'];
  return [];
}

function titleOf(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => `\${…}${span.literal.text}`)].join(
      '',
    );
  return null;
}

/** Every test declared in a file, as its full title (describe titles first). */
function testTitles(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const titles = [];
  const visit = (node, parents) => {
    if (ts.isCallExpression(node)) {
      const [root, ...rest] = calleeChain(node.expression);
      const isBlock = root === 'describe' || (root === 'test' && rest[0] === 'describe');
      const modifiers = root === 'test' && rest[0] === 'describe' ? rest.slice(1) : rest;
      if (['it', 'test', 'describe'].includes(root ?? '')) {
        if (modifiers.some((name) => SKIPPED.has(name))) return;
        const title = node.arguments[0] ? titleOf(node.arguments[0]) : null;
        if (title !== null && modifiers.every((name) => MODIFIERS.has(name))) {
          if (!isBlock) {
            titles.push([...parents, title].join(' › '));
            return;
          }
          node.arguments.slice(1).forEach((child) => visit(child, [...parents, title]));
          return;
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, parents));
  };
  visit(source, []);
  return titles;
}

const rules = ruleIds();
const counts = Object.fromEntries(rules.map((rule) => [rule, { unit: 0, e2e: 0 }]));
const totals = { unit: 0, e2e: 0 };
for (const [suite, { dirs, match }] of Object.entries(SUITES)) {
  for (const path of dirs.flatMap((dir) => files(dir, match))) {
    for (const title of testTitles(path)) {
      totals[suite] += 1;
      const named = new Set([...title.matchAll(/\bR(\d+)\b/g)].map((found) => `R${found[1]}`));
      for (const rule of named) if (counts[rule]) counts[rule][suite] += 1;
    }
  }
}

const missing = rules.filter((rule) => counts[rule].unit === 0 || counts[rule].e2e === 0);
console.log(
  `Rule coverage (tests whose title names the rule; ${totals.unit} unit and ${totals.e2e} e2e tests read):`,
);
console.log(
  rules.map((rule) => `${rule} ${counts[rule].unit}/${counts[rule].e2e}`).join('  ') +
    '   (unit/e2e)',
);
if (missing.length > 0) {
  for (const rule of missing) {
    const lacks = ['unit', 'e2e'].filter((suite) => counts[rule][suite] === 0).join(' and ');
    console.error(`${rule} is named by no ${lacks} test title (see ${relative(ROOT, RULES_DOC)}).`);
  }
  process.exit(1);
}
