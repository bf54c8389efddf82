import { fileURLToPath } from 'node:url';
import { LiveValidator } from 'oav';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockApi, type MockApi } from '@/mocks/http-server';
import { DEFAULT_IDS } from '@/mocks/scenarios/default-ids';
import { exceptionFor, SPEC_EXCEPTIONS, type SpecException } from './spec-exceptions';

// Conformance with Azure's own REST specs: a scripted session against the local HTTP server (the
// one `npm run mock-api` runs), each request and answer validated by Azure's `oav` against the
// official spec files vendored in ./specs (their commits in ./specs/README.md). A finding fails the
// test unless spec-exceptions.ts lists it as a known spec defect. docs/contract.md §1 describes it.

const SPECS = fileURLToPath(new URL('./specs', import.meta.url));
const V = { subscriptions: '2022-12-01', subscriptionOps: '2021-10-01', resources: '2021-04-01' };
const PROD = DEFAULT_IDS.production;
const LEGACY = DEFAULT_IDS.legacyMarketing;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const OPS = (id: string): string => `/subscriptions/${id}/providers/Microsoft.Subscription`;
const RG = (id: string, group = ''): string =>
  `/subscriptions/${id}/resourcegroups${group === '' ? '' : `/${group}`}`;

interface Step {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  path: string;
  apiVersion: string;
  /** Other query parameters, sent as is. */
  query?: Record<string, string>;
  body?: unknown;
  /** `null`: no Authorization header. */
  persona?: string | null;
  /** The status the step is written to produce; a different one fails the test. */
  status: number;
}

/** Every operation the contract lists that the specs describe, and each status it can produce. */
const SESSION: readonly Step[] = [
  { method: 'GET', path: '/subscriptions', apiVersion: V.subscriptions, status: 200 },
  {
    method: 'GET',
    path: '/subscriptions',
    apiVersion: V.subscriptions,
    persona: null,
    status: 401,
  },
  { method: 'GET', path: `/subscriptions/${PROD}`, apiVersion: V.subscriptions, status: 200 },
  { method: 'GET', path: `/subscriptions/${UNKNOWN}`, apiVersion: V.subscriptions, status: 404 },
  { method: 'GET', path: '/tenants', apiVersion: V.subscriptions, status: 200 },
  {
    method: 'GET',
    path: `/subscriptions/${PROD}/locations`,
    apiVersion: V.subscriptions,
    status: 200,
  },
  {
    method: 'GET',
    path: `/subscriptions/${UNKNOWN}/locations`,
    apiVersion: V.subscriptions,
    status: 404,
  },
  // Resource groups: list, get, check existence, create.
  { method: 'GET', path: RG(PROD), apiVersion: V.resources, status: 200 },
  { method: 'GET', path: RG(PROD, 'rg-prod-web'), apiVersion: V.resources, status: 200 },
  { method: 'GET', path: RG(PROD, 'rg-none'), apiVersion: V.resources, status: 404 },
  { method: 'HEAD', path: RG(PROD, 'rg-prod-web'), apiVersion: V.resources, status: 204 },
  { method: 'HEAD', path: RG(PROD, 'rg-none'), apiVersion: V.resources, status: 404 },
  {
    method: 'PUT',
    path: RG(PROD, 'rg-conformance'),
    apiVersion: V.resources,
    body: { location: 'eastus', tags: { purpose: 'conformance' } },
    status: 201,
  },
  {
    method: 'PUT',
    path: RG(PROD, 'rg-conformance'),
    apiVersion: V.resources,
    body: { location: 'eastus' },
    status: 200,
  },
  {
    method: 'PUT',
    path: RG(PROD, 'rg-by-reader'),
    apiVersion: V.resources,
    body: { location: 'eastus' },
    persona: 'reader',
    status: 403,
  },
  {
    method: 'PUT',
    path: RG(LEGACY, 'rg-while-disabled'),
    apiVersion: V.resources,
    body: { location: 'eastus' },
    status: 409,
  },
  {
    method: 'PUT',
    path: RG(PROD, 'rg-no-location'),
    apiVersion: V.resources,
    body: { location: '' },
    status: 400,
  },
  // Resources: by subscription and by group, as the Azure CLI and the portal ask for them.
  { method: 'GET', path: `/subscriptions/${PROD}/resources`, apiVersion: V.resources, status: 200 },
  {
    method: 'GET',
    path: `/subscriptions/${PROD}/resources`,
    apiVersion: V.resources,
    query: { $expand: 'createdTime,changedTime,provisioningState' },
    status: 200,
  },
  {
    method: 'GET',
    path: `/subscriptions/${PROD}/resources`,
    apiVersion: V.resources,
    query: { $expand: 'properties' },
    status: 200,
  },
  {
    method: 'GET',
    path: `/subscriptions/${PROD}/resources`,
    apiVersion: V.resources,
    query: { $filter: "resourceGroup eq 'rg-prod-data'" },
    status: 200,
  },
  {
    method: 'GET',
    path: `/subscriptions/${PROD}/resources`,
    apiVersion: V.resources,
    query: { $filter: "plan/publisher eq 'x'" },
    status: 400,
  },
  {
    method: 'GET',
    path: `/subscriptions/${UNKNOWN}/resources`,
    apiVersion: V.resources,
    status: 404,
  },
  {
    method: 'GET',
    path: `${RG(PROD, 'rg-prod-web')}/resources`,
    apiVersion: V.resources,
    status: 200,
  },
  { method: 'GET', path: `${RG(PROD, 'rg-none')}/resources`, apiVersion: V.resources, status: 404 },
  // Subscription operations: rename, cancel, enable, with their refusals.
  {
    method: 'POST',
    path: `${OPS(PROD)}/rename`,
    apiVersion: V.subscriptionOps,
    body: { subscriptionName: 'Contoso Production EU' },
    status: 200,
  },
  {
    method: 'POST',
    path: `${OPS(PROD)}/rename`,
    apiVersion: V.subscriptionOps,
    body: { subscriptionName: 'Contoso <Prod>' },
    status: 400,
  },
  { method: 'POST', path: `${OPS(PROD)}/enable`, apiVersion: V.subscriptionOps, status: 409 },
  {
    method: 'POST',
    path: `${OPS(PROD)}/cancel`,
    apiVersion: V.subscriptionOps,
    persona: 'owner',
    status: 403,
  },
  { method: 'POST', path: `${OPS(PROD)}/cancel`, apiVersion: V.subscriptionOps, status: 200 },
  { method: 'POST', path: `${OPS(PROD)}/cancel`, apiVersion: V.subscriptionOps, status: 409 },
  { method: 'POST', path: `${OPS(LEGACY)}/enable`, apiVersion: V.subscriptionOps, status: 200 },
  { method: 'POST', path: `${OPS(UNKNOWN)}/cancel`, apiVersion: V.subscriptionOps, status: 404 },
];

/** The operations the session must reach, as the specs name them. */
const EXPECTED_OPERATIONS = [
  'Subscriptions_List',
  'Subscriptions_Get',
  'Subscriptions_ListLocations',
  'Tenants_List',
  'ResourceGroups_List',
  'ResourceGroups_Get',
  'ResourceGroups_CheckExistence',
  'ResourceGroups_CreateOrUpdate',
  'Resources_List',
  'Resources_ListByResourceGroup',
  'Subscription_Cancel',
  'Subscription_Enable',
  'Subscription_Rename',
];

interface Finding {
  step: string;
  operationId: string | undefined;
  code: string;
  message: string;
  jsonPaths: readonly string[];
}

interface Outcome {
  step: string;
  operationId: string | undefined;
  status: number;
  findings: Finding[];
  excepted: SpecException[];
}

function urlOf(api: MockApi, step: Step): URL {
  const url = new URL(step.path, api.url);
  url.searchParams.set('api-version', step.apiVersion);
  for (const [key, value] of Object.entries(step.query ?? {})) url.searchParams.set(key, value);
  return url;
}

async function run(api: MockApi, validator: LiveValidator, step: Step): Promise<Outcome> {
  const url = urlOf(api, step);
  const persona = step.persona === undefined ? 'admin' : step.persona;
  const headers: Record<string, string> = {};
  if (persona !== null) headers.authorization = `Bearer persona:${persona}`;
  if (step.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: step.method,
    headers,
    ...(step.body === undefined ? {} : { body: JSON.stringify(step.body) }),
  });
  const text = await response.text();
  const name = `${step.method} ${url.pathname}${url.search}`;
  const result = await validator.validateLiveRequestResponse({
    liveRequest: {
      url: url.toString().replace(api.url, 'https://management.azure.com'),
      method: step.method.toLowerCase(),
      headers,
      query: Object.fromEntries(url.searchParams),
      ...(step.body === undefined ? {} : { body: step.body as Record<string, unknown> }),
    },
    liveResponse: {
      statusCode: String(response.status),
      headers: Object.fromEntries(response.headers),
      ...(text === '' ? {} : { body: JSON.parse(text) as Record<string, unknown> }),
    },
  });
  const operationId =
    result.responseValidationResult.operationInfo.operationId ??
    result.requestValidationResult.operationInfo.operationId;
  const issues = [
    ...result.requestValidationResult.errors,
    ...result.responseValidationResult.errors,
  ];
  const findings: Finding[] = [];
  const excepted: SpecException[] = [];
  for (const issue of issues) {
    const exception = exceptionFor(operationId, issue);
    if (exception !== undefined) excepted.push(exception);
    else
      findings.push({
        step: name,
        operationId,
        code: issue.code,
        message: issue.message,
        jsonPaths: issue.jsonPathsInPayload,
      });
  }
  const runtime = result.runtimeException ?? result.responseValidationResult.runtimeException;
  if (runtime !== undefined)
    findings.push({
      step: name,
      operationId,
      code: runtime.code,
      message: runtime.message,
      jsonPaths: [],
    });
  if (response.status !== step.status)
    findings.push({
      step: name,
      operationId,
      code: 'UNEXPECTED_STATUS',
      message: `answered ${response.status}, the session expects ${step.status}: ${text.slice(0, 200)}`,
      jsonPaths: [],
    });
  return { step: name, operationId, status: response.status, findings, excepted };
}

describe("Conformance with Azure's REST specs (oav)", () => {
  let api: MockApi;
  let validator: LiveValidator;
  beforeAll(async () => {
    api = await startMockApi({ port: 0 });
    validator = new LiveValidator(
      {
        directory: SPECS,
        swaggerPathsPattern: ['specification/**/*.json'],
        excludedSwaggerPathsPattern: ['specification/common-types/**'],
        git: { shouldClone: false },
        isPathCaseSensitive: false,
      },
      // oav's own log (which provider a path falls under) says nothing about conformance.
      () => undefined,
    );
    await validator.initialize();
  });
  afterAll(async () => {
    await api.close();
  });

  it('the validator finds what does not conform (an unknown state, a field the spec lacks)', async () => {
    const result = await validator.validateLiveRequestResponse({
      liveRequest: {
        url: `https://management.azure.com/subscriptions/${PROD}?api-version=${V.subscriptions}`,
        method: 'get',
        headers: {},
        query: { 'api-version': V.subscriptions },
      },
      liveResponse: {
        statusCode: '200',
        headers: { 'content-type': 'application/json' },
        body: { id: `/subscriptions/${PROD}`, state: 'Sleeping', sleepingSince: 'today' },
      },
    });
    expect(result.responseValidationResult.operationInfo.operationId).toBe('Subscriptions_Get');
    expect(result.responseValidationResult.errors.map((e) => e.code).sort()).toEqual([
      'ENUM_MISMATCH',
      'OBJECT_ADDITIONAL_PROPERTIES',
    ]);
  });

  it('every answer of the session conforms to the specs, known spec defects aside', async () => {
    const outcomes: Outcome[] = [];
    // In order: the session changes the world (a group is created, a subscription cancelled).
    for (const step of SESSION) outcomes.push(await run(api, validator, step));

    const operations = new Set(outcomes.map((o) => o.operationId ?? '(no operation)'));
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort((a, b) => a - b);
    const usedExceptions = new Set(outcomes.flatMap((o) => o.excepted));
    console.info(
      [
        `Conformance: ${outcomes.length} calls, ${operations.size} operations, statuses ${statuses.join(' ')}`,
        `  operations: ${[...operations].sort().join(', ')}`,
        `  known spec defects let through: ${usedExceptions.size} of ${SPEC_EXCEPTIONS.length} (${outcomes.reduce((n, o) => n + o.excepted.length, 0)} findings)`,
      ].join('\n'),
    );

    expect(outcomes.flatMap((o) => o.findings)).toEqual([]);
    expect([...operations].sort()).toEqual([...EXPECTED_OPERATIONS].sort());
    expect(statuses).toEqual([200, 201, 204, 400, 401, 403, 404, 409]);
    // An exception no finding needs any more is one to remove.
    expect([...usedExceptions].map((e) => e.operationId).sort()).toEqual(
      SPEC_EXCEPTIONS.map((e) => e.operationId).sort(),
    );
  });
});
