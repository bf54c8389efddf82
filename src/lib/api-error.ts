import { armErrorSchema } from '@/contract/errors';

/** An ARM error as the UI shows it: the status, ARM's code and ARM's own message. */
export class ArmError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ArmError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 5xx, 429 and lost connections are worth retrying; 4xx answers are final. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110); anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds : undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at) || at <= now) return undefined;
  return Math.ceil((at - now) / 1000);
}

export async function armErrorFromResponse(response: Response): Promise<ArmError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A gateway or a lost worker can answer with no JSON at all; fall through to a generic error.
  }
  const parsed = armErrorSchema.safeParse(body);
  if (parsed.success) {
    return new ArmError(
      response.status,
      parsed.data.error.code,
      parsed.data.error.message,
      retryAfterSeconds,
    );
  }
  return new ArmError(
    response.status,
    response.status >= 500 ? 'InternalServerError' : 'UnexpectedResponse',
    `The server answered ${response.status} ${response.statusText}`.trim(),
    retryAfterSeconds,
  );
}

export function isArmError(error: unknown): error is ArmError {
  return error instanceof ArmError;
}
