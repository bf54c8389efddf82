import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

// Each chapter is recorded on its own, from the moment its screen is ready, and the chapters are then
// joined into one video: the set-up between two chapters (the previous screen under a "Setting up"
// status) is never filmed. Playwright's screencast can start and stop but not pause, hence the join.

/** Joins `segments` (same size and codec, in order) into `out`, then removes them. */
export function joinSegments(ffmpeg: string, segments: string[], out: string): void {
  const list = `${out}.segments.txt`;
  writeFileSync(list, segments.map((path) => `file '${path.replaceAll("'", "'\\''")}'\n`).join(''));
  const join = (codec: string[]) =>
    spawnSync(
      ffmpeg,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-f',
        'concat',
        '-safe',
        '0',
        '-i',
        list,
        ...codec,
        out,
      ],
      { encoding: 'utf8' },
    );
  // Stream copy keeps the frames as Playwright encoded them; a re-encode is the fallback when a
  // segment's stream parameters differ.
  let joined = join(['-c', 'copy']);
  if (joined.status !== 0) {
    joined = join(['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M']);
  }
  rmSync(list, { force: true });
  if (joined.status !== 0) throw new Error(`ffmpeg could not join the chapters:\n${joined.stderr}`);
  for (const segment of segments) rmSync(segment, { force: true });
}

/** The video's own duration as ffmpeg reads it, in seconds, or undefined. */
export function durationOf(ffmpeg: string, path: string): number | undefined {
  const probe = spawnSync(ffmpeg, ['-hide_banner', '-i', path], { encoding: 'utf8' });
  const match = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(probe.stderr);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
