import { HttpResponse } from 'msw';
import type { ArmErrorBody } from '@/contract/errors';
import { MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE } from '@/contract/transport';

/**
 * Marks an answer as the mock's, so the app can tell it from one that reached the real network
 * (a stopped service worker lets requests through). A network error has no headers to mark.
 */
export function markMockAnswer(response: Response): Response {
  if (response.type !== 'error') response.headers.set(MOCK_ANSWER_HEADER, MOCK_ANSWER_VALUE);
  return response;
}

/** ARM's error envelope with a real status code. */
export function armError(
  status: number,
  code: string,
  message: string,
  headers?: HeadersInit,
): Response {
  const body: ArmErrorBody = { error: { code, message } };
  return markMockAnswer(HttpResponse.json(body, { status, headers }));
}

export function armJson<T extends object>(body: T, status = 200): Response {
  return markMockAnswer(HttpResponse.json(body, { status }));
}

/** 200 or 204 with no body: what ARM answers for synchronous actions such as VM start. */
export function armEmpty(status: 200 | 202 | 204): Response {
  return markMockAnswer(new HttpResponse(null, { status }));
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body defensively: an empty body is `undefined` (ARM accepts bodiless POSTs), anything
 * that is not JSON is a 400 `InvalidRequestContent`, as ARM answers.
 */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return {
      ok: false,
      response: armError(400, 'InvalidRequestContent', 'The request content could not be read.'),
    };
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return {
      ok: false,
      response: armError(
        400,
        'InvalidRequestContent',
        `The request content was invalid and could not be deserialized: '${detail}'.`,
      ),
    };
  }
}

/** `rules[0].operation`, as a reader would write the field. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** One zod issue as a sentence that names the field and the reason. */
function describeIssue(issue: { path: readonly PropertyKey[]; message: string }): string {
  const field = fieldName(issue.path);
  const received = /received (\w+)$/.exec(issue.message)?.[1];
  if (field === '') {
    if (/expected object/.test(issue.message)) {
      return `The request body must be a JSON object; received ${received === 'undefined' ? 'no body' : (received ?? 'something else')}.`;
    }
    return issue.message;
  }
  // A message written for its field already names it.
  if (issue.message.startsWith(field)) return issue.message;
  if (received === 'undefined') {
    const expected = /expected (\w+)/.exec(issue.message)?.[1];
    return `${field} is required${expected === undefined ? '' : ` (${expected})`}.`;
  }
  return `${field}: ${issue.message}`;
}

/** A zod issue list as one readable ARM message: every issue names its field and the reason. */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues.map(describeIssue).join('; ');
}

/** One property of a parsed JSON body, whatever the body turned out to be. */
export function bodyField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[name]
    : undefined;
}
