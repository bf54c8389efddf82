import { AppLink } from '@/components/app-link';
import { Blade } from '@/components/blade/blade';
import { shellMessages } from '@/components/shell/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

export function NotFound() {
  const t = useMessages(shellMessages);
  return (
    <Blade title={t.notFoundTitle}>
      <p>{t.notFoundBody}</p>
      <AppLink to="/">{t.goHome}</AppLink>
    </Blade>
  );
}
