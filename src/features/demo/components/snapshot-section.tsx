import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, LinkRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import {
  exportSnapshotFile,
  SnapshotFileError,
  useSnapshotImport,
} from '@/features/demo/api/snapshot-actions';
import { PanelSection, usePanelStyles } from '@/features/demo/components/panel-section';
import { demoMessages } from '@/features/demo/messages';
import { BASE_PATH } from '@/config/env';
import { encodeSnapshotParam, takeDemoSnapshot } from '@/lib/demo-snapshot';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';

type Outcome = { kind: 'success' | 'error'; text: string } | null;

/** Export, import and share the whole demo state (contract §8). */
export function SnapshotSection() {
  const styles = usePanelStyles();
  const t = useMessages(demoMessages);
  const { locale, setLocale } = useLocale();
  const importing = useSnapshotImport(setLocale);
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setOutcome(null);
    try {
      await work();
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    run(async () => {
      const name = await exportSnapshotFile(locale);
      setOutcome({ kind: 'success', text: t.exported(name) });
    });

  const copyLink = () =>
    run(async () => {
      const snapshot = await takeDemoSnapshot(locale);
      const url = new URL(BASE_PATH, window.location.origin);
      url.searchParams.set('lang', locale);
      url.searchParams.set('snapshot', await encodeSnapshotParam(snapshot));
      setLink(url.href);
      try {
        await navigator.clipboard.writeText(url.href);
        setOutcome({ kind: 'success', text: t.linkCopied });
      } catch {
        // No clipboard (an insecure origin, a denied permission): the link is shown to copy by hand.
        setOutcome({ kind: 'success', text: t.linkReady });
      }
    });

  const importFile = (file: File) => {
    setOutcome(null);
    importing.mutate(file, {
      onSuccess: () => setOutcome({ kind: 'success', text: t.imported(file.name) }),
      onError: (error) => {
        const reason =
          error instanceof SnapshotFileError && error.problem === 'not-json'
            ? t.notJson
            : error instanceof SnapshotFileError && error.problem === 'not-object'
              ? t.notObject
              : error.message;
        setOutcome({ kind: 'error', text: t.importRefused(file.name, reason) });
      },
    });
  };

  const pending = busy || importing.isPending;
  return (
    <PanelSection id="demo-saved" title={t.saved}>
      <p className={styles.help}>{t.savedHelp}</p>
      <div className={styles.row}>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={pending}
          onClick={() => void exportFile()}
        >
          {t.exportFile}
        </Button>
        <Button
          icon={<ArrowUploadRegular />}
          disabled={pending}
          onClick={() => fileInput.current?.click()}
        >
          {t.importFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t.importFile}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // The same file may be chosen again after a refusal.
            event.target.value = '';
            if (file) importFile(file);
          }}
        />
        <Button icon={<LinkRegular />} disabled={pending} onClick={() => void copyLink()}>
          {t.copyLink}
        </Button>
      </div>
      {link !== null && (
        <Field label={t.shareLink}>
          <Input readOnly value={link} onFocus={(event) => event.target.select()} />
        </Field>
      )}
      {outcome && (
        <MessageBar intent={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </PanelSection>
  );
}
