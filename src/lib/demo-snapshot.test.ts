import { describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT_FORMAT, DEMO_SNAPSHOT_VERSION, type DemoSnapshot } from '@/contract/demo';
import { decodeSnapshotParam, encodeSnapshotParam, readSnapshotText } from '@/lib/demo-snapshot';

const SNAPSHOT: DemoSnapshot = {
  format: DEMO_SNAPSHOT_FORMAT,
  version: DEMO_SNAPSHOT_VERSION,
  takenAt: '2026-03-15T09:00:00.000Z',
  scenario: 'default',
  scenarioLoadedAt: Date.UTC(2026, 2, 15, 9),
  clockOffsetMs: 0,
  persona: 'admin',
  faults: [],
  latencyOverrideMs: null,
  storeVersion: 3,
  baseFingerprint: 'abc',
  world: { changes: ['Contoso Production — 取消'.repeat(40)] },
  language: 'zh-CN',
};

describe('Demo moments: a saved moment on the portal side', () => {
  it('Demo moments: a file is read as a JSON object with its language; a damaged file or other JSON says which', () => {
    const reading = readSnapshotText(JSON.stringify(SNAPSHOT));
    expect(reading).toEqual({ ok: true, document: SNAPSHOT, language: 'zh-CN' });
    expect(readSnapshotText('{"format": "azure-subscr')).toEqual({
      ok: false,
      problem: 'not-json',
    });
    expect(readSnapshotText('[1, 2]')).toEqual({ ok: false, problem: 'not-object' });
    expect(readSnapshotText('{"language":"fr-FR"}')).toMatchObject({
      ok: true,
      language: undefined,
    });
  });

  it('Demo moments: a share link carries the whole snapshot compressed and URL-safe, and gives it back', async () => {
    const param = await encodeSnapshotParam(SNAPSHOT);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(JSON.stringify(SNAPSHOT).length / 2);
    expect(await decodeSnapshotParam(param)).toEqual(SNAPSHOT);
  });

  it('Demo moments: a damaged share link is refused with a reason', async () => {
    await expect(decodeSnapshotParam('bm90IGRlZmxhdGU')).rejects.toThrow(/damaged/);
    const notObject = await encodeSnapshotParam('"text"' as unknown as DemoSnapshot);
    await expect(decodeSnapshotParam(notObject)).rejects.toThrow(/not a JSON object/);
  });
});
