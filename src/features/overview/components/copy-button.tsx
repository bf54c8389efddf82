import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { overviewMessages } from '@/features/overview/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and non-secure origins have no async clipboard; the selection command still works.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** Copies `text` and says so in words ("Copied"), announced to screen readers too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useMessages(overviewMessages);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), 3_000);
    return () => clearTimeout(timer);
  }, [result]);
  const copy = () => {
    writeClipboard(text).then(
      () => setResult('copied'),
      () => setResult('failed'),
    );
  };
  return (
    <>
      <Tooltip content={label} relationship="label">
        <Button
          appearance="subtle"
          size="small"
          icon={result === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
          onClick={copy}
        />
      </Tooltip>
      <span aria-live="polite">
        {result === 'copied' ? t.copied : result === 'failed' ? t.copyFailed : ''}
      </span>
    </>
  );
}
