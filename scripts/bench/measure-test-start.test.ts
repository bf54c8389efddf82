import { describe, expect, it } from 'vitest';
import { scriptLabel, sumLongFrames } from './measure-test-start';

const script = (ms: number, invokerType: string, invoker: string, sourceURL: string) => ({
  ms,
  invokerType,
  invoker,
  sourceURL,
});

describe('Bench: long animation frames of a test start, by script', () => {
  it('names a script by how it ran and its file, without the content hash', () => {
    const base = 'http://127.0.0.1:4173/assets/';
    expect(
      scriptLabel(
        script(1, 'module-script', `${base}portal-CPopNJvf.js`, `${base}portal-CPopNJvf.js`),
      ),
    ).toBe('module-script portal');
    expect(
      scriptLabel(
        script(1, 'user-callback', 'TimerHandler:setTimeout', `${base}index-B0og_7D_.js`),
      ),
    ).toBe('user-callback index (setTimeout)');
    expect(
      scriptLabel(
        script(1, 'event-listener', 'MessagePort.onmessage', `${base}portal-CPopNJvf.js`),
      ),
    ).toBe('event-listener portal (onmessage)');
    expect(
      scriptLabel(
        script(
          1,
          'classic-script',
          'http://127.0.0.1:4173/?lang=en-US',
          'http://127.0.0.1:4173/?lang=en-US',
        ),
      ),
    ).toBe('classic-script page');
  });

  it('adds up blocking time and each script over all frames', () => {
    const portal = 'http://h/assets/portal-CPopNJvf.js';
    const summed = sumLongFrames([
      { blockingMs: 30, scripts: [script(70, 'module-script', portal, portal)] },
      {
        blockingMs: 12,
        scripts: [
          script(20, 'event-listener', 'MessagePort.onmessage', portal),
          script(25, 'event-listener', 'MessagePort.onmessage', portal),
        ],
      },
    ]);
    expect(summed).toEqual({
      blockingMs: 42,
      byScript: { 'module-script portal': 70, 'event-listener portal (onmessage)': 45 },
    });
    expect(sumLongFrames([])).toEqual({ blockingMs: 0, byScript: {} });
  });
});
