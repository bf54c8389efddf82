import { makeStyles, ToolbarButton, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import { Blade } from '@/components/blade/blade';
import { DeferredToolbar } from '@/components/deferred/deferred-toolbar';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import { paths } from '@/config/paths';
import { useSubscriptionRows } from '@/features/subscriptions/api/use-subscription-rows';
import { NoMatch, NoSubscriptions } from '@/features/subscriptions/components/empty-state';
import { ListToolbar } from '@/features/subscriptions/components/list-toolbar';
import { SubscriptionsGrid } from '@/features/subscriptions/components/subscriptions-grid';
import { useListView } from '@/features/subscriptions/components/use-list-view';
import {
  filterOptions,
  filterRows,
  indexRows,
  sortRows,
  type RowLabels,
} from '@/features/subscriptions/list-rows';
import { DEFAULT_VIEW, toggleSort } from '@/features/subscriptions/list-view';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useLocale, useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  summary: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  error: { marginBottom: tokens.spacingVerticalM },
});

export function SubscriptionsBlade() {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const { rows: latestRows, isPending, error, retry } = useSubscriptionRows();
  // Rows that arrive (the first read, a poll, a refetch) render at a transition's priority, in
  // slices the browser can interleave with input and frames, instead of in one long task (33-40 ms
  // unthrottled when the first rows arrived, docs/performance.md). The spinner stays until then.
  const rows = useDeferredValue(latestRows);
  const { view, update } = useListView();

  // The box answers each keystroke from its own state; the URL follows (and wins when it changes
  // from elsewhere: Back, a shared link, Clear filters).
  const [text, setText] = useState(view.q);
  const [urlText, setUrlText] = useState(view.q);
  if (view.q !== urlText) {
    setUrlText(view.q);
    setText(view.q);
  }
  const onTextChange = (value: string) => {
    setText(value);
    update({ q: value });
  };
  const clearFilters = () => {
    setText('');
    update({ q: DEFAULT_VIEW.q, status: [], role: [], offer: [] });
  };

  const labels = useMemo<RowLabels>(
    () => ({
      role: (role) => (role ? common.role[role] : '—'),
      status: (state) => common.status[state],
    }),
    [common],
  );
  const collator = useMemo(
    () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
    [locale],
  );
  // Lower-cased keys and labels once per data change; each keystroke then only filters.
  const indexed = useMemo(() => (rows ? indexRows(rows, labels) : []), [rows, labels]);
  const { status, role, offer, sort, dir } = view;
  const filtered = useMemo(
    () => filterRows(indexed, { q: text, status, role, offer }),
    [indexed, text, status, role, offer],
  );
  const sorted = useMemo(
    () => sortRows(filtered, sort, dir, collator),
    [filtered, sort, dir, collator],
  );
  const options = useMemo(
    () => filterOptions(rows ?? [], { status, role, offer }, labels, collator),
    [rows, status, role, offer, labels, collator],
  );
  const viewKey = JSON.stringify([text.trim().toLowerCase(), status, role, offer, sort, dir]);

  const commands = (
    <DeferredToolbar aria-label={t.commands} size="small">
      <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={retry} disabled={isPending}>
        {t.refresh}
      </ToolbarButton>
    </DeferredToolbar>
  );

  return (
    <Blade
      title={t.title}
      crumbs={[{ label: t.title, to: paths.subscriptions.getHref() }]}
      commands={commands}
    >
      {error ? (
        <div className={styles.error}>
          <QueryError error={error} onRetry={retry} />
        </div>
      ) : null}
      {rows === undefined && !error ? <Loading /> : null}
      {rows && (
        <>
          {rows.length > 0 && (
            <ListToolbar
              text={text}
              onTextChange={onTextChange}
              view={view}
              options={options}
              onChange={update}
              onReset={clearFilters}
            />
          )}
          <p className={styles.summary} role="status">
            {t.showing(sorted.length, rows.length)}
          </p>
          {rows.length === 0 ? (
            <NoSubscriptions />
          ) : sorted.length === 0 ? (
            <NoMatch onClear={clearFilters} />
          ) : (
            <SubscriptionsGrid
              items={sorted}
              sort={sort}
              dir={dir}
              onSort={(key) => update(toggleSort(view, key))}
              viewKey={viewKey}
            />
          )}
        </>
      )}
    </Blade>
  );
}
