import { z } from '@/contract/zod';
import { demoSnapshotSchema, type DemoSnapshot } from '@/contract/demo';
import { demoFetch } from '@/lib/demo-client';
import { isLocale, type Locale } from '@/lib/i18n/locale';

// A saved moment of a demo on the portal's side (contract §8): the mock's snapshot, plus the portal's
// own language, as a file or inside a share link. The mock decides what it accepts (format, version,
// world); the portal only reads the file's text as JSON, so a refusal has one author and one wording.

/** The file's text as a JSON object, or why not (a damaged file, a file of something else). */
export type SnapshotReading =
  | { ok: true; document: Record<string, unknown>; language: Locale | undefined }
  | { ok: false; problem: 'not-json' | 'not-object' };

export function readSnapshotText(text: string): SnapshotReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'not-object' };
  }
  const document = value as Record<string, unknown>;
  return {
    ok: true,
    document,
    language: isLocale(document.language) ? document.language : undefined,
  };
}

/** `GET /__demo/snapshot` with the portal's language added. */
export async function takeDemoSnapshot(language: Locale): Promise<DemoSnapshot> {
  const snapshot = await demoFetch('snapshot', demoSnapshotSchema);
  return { ...snapshot, language };
}

/**
 * `PUT /__demo/snapshot`; a refused document throws the mock's `InvalidSnapshot` reason and changes
 * nothing. `atTakenAt` then stands the clock where the snapshot was taken, so a moment opened days
 * later (a shared link, a file) shows what it showed then; without it the clock keeps the snapshot's
 * offset from real time (undoing a presentation puts back exactly what was there).
 */
export async function restoreDemoSnapshot(
  document: Record<string, unknown>,
  { atTakenAt }: { atTakenAt: boolean },
  options?: { beforeStartup?: boolean },
): Promise<DemoSnapshot> {
  const restored = await demoFetch(
    'snapshot',
    demoSnapshotSchema,
    { method: 'PUT', body: document },
    options,
  );
  // The document's own reading: the answer's `takenAt` is the clock after the restore.
  const takenAt = typeof document.takenAt === 'string' ? document.takenAt : undefined;
  if (atTakenAt && takenAt !== undefined) {
    await demoFetch('clock', z.unknown(), { body: { setIso: takenAt } }, options);
  }
  return restored;
}

// Share links carry the snapshot compressed (deflate, the browser's own CompressionStream) and in
// base64url, so a whole default-scenario moment fits in an address.

async function pipeBytes(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function encodeSnapshotParam(snapshot: DemoSnapshot): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(snapshot));
  return toBase64Url(await pipeBytes(json, new CompressionStream('deflate-raw')));
}

/** The document inside a share link's `snapshot=` value; throws a readable error when it is damaged. */
export async function decodeSnapshotParam(value: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    const bytes = await pipeBytes(fromBase64Url(value), new DecompressionStream('deflate-raw'));
    text = new TextDecoder().decode(bytes);
  } catch {
    throw new Error('The link’s saved moment is damaged (it could not be decompressed).');
  }
  const reading = readSnapshotText(text);
  if (!reading.ok) throw new Error('The link’s saved moment is damaged (it is not a JSON object).');
  return reading.document;
}
