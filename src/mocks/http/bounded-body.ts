import type { IncomingMessage } from 'node:http';

// Reads a request body without ever holding more than the route's limit (docs/contract.md §9): a
// declared `Content-Length` over it is refused before a byte is read, and a body sent in chunks is
// abandoned at the first chunk past it.

export type BodyRead =
  { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too-large' | 'aborted' };

export function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  if (header === undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

export async function readBoundedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit) return { ok: false, reason: 'too-large' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > limit) return { ok: false, reason: 'too-large' };
      chunks.push(bytes);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, body };
}
