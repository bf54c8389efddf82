import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readSnapshotText, restoreDemoSnapshot, takeDemoSnapshot } from '@/lib/demo-snapshot';
import type { Locale } from '@/lib/i18n/locale';
import { refreshAfterDemoChange } from '@/lib/api/refresh-after-demo-change';

/** A file that is not a saved moment: what was wrong, in the panel's words or the mock's. */
export class SnapshotFileError extends Error {
  constructor(
    readonly problem: 'not-json' | 'not-object' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotFileError';
  }
}

/** Downloads the whole demo state (the mock's snapshot and the portal's language) as a file. */
export async function exportSnapshotFile(language: Locale): Promise<string> {
  const snapshot = await takeDemoSnapshot(language);
  const stamp = (snapshot.takenAt ?? new Date().toISOString()).slice(0, 16).replace(':', '');
  const name = `azure-demo-${stamp}.json`;
  const url = URL.createObjectURL(
    new Blob([`${JSON.stringify(snapshot, null, 2)}\n`], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy of the blob once it started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

/**
 * Imports a saved moment: the mock takes the snapshot whole or refuses it with its reason (and then
 * nothing changes); on success the clock stands where it was taken and the file's language applies.
 */
export function useSnapshotImport(setLocale: (locale: Locale) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const reading = readSnapshotText(await file.text());
      if (!reading.ok) throw new SnapshotFileError(reading.problem, reading.problem);
      try {
        await restoreDemoSnapshot(reading.document, { atTakenAt: true });
      } catch (error) {
        throw new SnapshotFileError(
          'refused',
          error instanceof Error ? error.message : String(error),
        );
      }
      return reading.language;
    },
    onSuccess: async (language) => {
      if (language) setLocale(language);
      await refreshAfterDemoChange(queryClient, { world: true, replaced: true });
    },
  });
}
