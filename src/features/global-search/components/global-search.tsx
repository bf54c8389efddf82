import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';
import {
  NO_HANDOVER,
  SearchBoxPlaceholder,
  type SearchHandover,
} from '@/features/global-search/components/search-box-placeholder';
import { useMediaQuery } from '@/lib/use-media-query';
import { useSearchShortcut } from '@/features/global-search/components/use-search-shortcut';
import { globalSearchMessages } from '@/features/global-search/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** Below this width the box collapses to an icon, as the portal's top bar does on small screens. */
const NARROW_QUERY = '(max-width: 960px)';

// The combobox (downshift and the results) is not needed to show the list: it loads once the page
// has settled, or at once when the box is focused. It weighs 13 KB gzip, which the first load
// carried when it was imported directly (docs/performance.md).
const searchCombobox = deferredModule(
  () => import('@/features/global-search/components/search-combobox'),
);

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', width: '100%', minWidth: 0 },
  rootCollapsed: { justifyContent: 'flex-end' },
  iconButton: {
    color: tokens.colorNeutralForegroundStaticInverted,
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': {
      color: tokens.colorNeutralForegroundStaticInverted,
      backgroundColor: tokens.colorNeutralBackgroundStatic,
    },
  },
});

/**
 * The portal's global search: services, subscriptions and cached resources, opened with `/`.
 * `ready` says the signed-in persona is known; until then no ARM read may be sent.
 */
export function GlobalSearch({ ready }: { ready: boolean }) {
  const styles = useStyles();
  const t = useMessages(globalSearchMessages);
  const narrow = useMediaQuery(NARROW_QUERY);
  const inputRef = useRef<HTMLInputElement>(null);
  const [expanded, setExpanded] = useState(false);
  const loaded = useDeferredModule(searchCombobox, 'settled');
  const [handover, setHandover] = useState<SearchHandover>(NO_HANDOVER);

  const focusSearch = useCallback(() => {
    setExpanded(true);
    inputRef.current?.focus();
  }, []);
  useSearchShortcut(focusSearch);
  const leave = useCallback(() => {
    setExpanded(false);
    // The real box took what the look-alike was given when it replaced it. Kept, it would be handed
    // over again to the next box: in the narrow layout, which mounts a box each time it opens, an
    // Enter typed before the code arrived opened its match again and put the box away at once.
    setHandover(NO_HANDOVER);
    inputRef.current?.blur();
  }, []);

  // In the narrow layout the box only exists once expanded; focus it as soon as it is there.
  useEffect(() => {
    if (expanded) inputRef.current?.focus();
  }, [expanded]);

  if (narrow && !expanded) {
    return (
      <div className={mergeClasses(styles.root, styles.rootCollapsed)} role="search">
        <Button
          appearance="transparent"
          className={styles.iconButton}
          icon={<SearchRegular />}
          aria-label={t.open}
          onClick={focusSearch}
        />
      </div>
    );
  }
  return (
    <div className={styles.root} role="search">
      {loaded ? (
        <loaded.SearchCombobox
          ready={ready}
          overlay={narrow}
          inputRef={inputRef}
          onLeave={leave}
          focused={handover.focused}
          handover={handover}
        />
      ) : (
        <SearchBoxPlaceholder
          inputRef={inputRef}
          overlay={narrow}
          handover={handover}
          onChange={setHandover}
          onWanted={searchCombobox.prefetch}
        />
      )}
    </div>
  );
}
