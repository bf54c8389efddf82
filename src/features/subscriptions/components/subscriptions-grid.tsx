import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { memo, useCallback, useEffect, useRef } from 'react';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';
import { AppLink } from '@/components/app-link';
import { PHONE_QUERY } from '@/components/shell/breakpoints';
import { paths } from '@/config/paths';
import type { SubscriptionRow } from '@/features/subscriptions/api/use-subscription-rows';
import { StatusCell } from '@/features/subscriptions/components/status-cell';
import { firstWindowRows } from '@/features/subscriptions/components/row-window';
import type { IndexedRow } from '@/features/subscriptions/list-rows';
import type { SortDirection, SortKey } from '@/features/subscriptions/list-view';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useFormat, type Formatters } from '@/lib/i18n/format';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useMediaQuery } from '@/lib/use-media-query';

/**
 * TanStack Virtual, for a list longer than the first window only: 11.1 KB gzip that the first load of
 * a short list (every scenario's but the large tenant's) does without. Until it loads, a long list
 * shows its first window, as the virtualizer does before it has measured the scroller.
 */
const virtualRows = deferredModule(
  () => import('@/features/subscriptions/components/virtual-rows'),
);

/** Fixed row height: the virtualizer needs no measuring then, and the portal's grid is dense anyway. */
export const ROW_HEIGHT = 36;
/** On a phone each subscription is a two-line card: name and status, then offer and cost. */
const CARD_HEIGHT = 60;
const HEADER_HEIGHT = 36;
export const OVERSCAN = 8;
const COLUMN_TEMPLATE =
  'minmax(200px, 2fr) minmax(290px, 1.6fr) minmax(130px, 1fr) minmax(170px, 1.2fr) minmax(110px, 0.9fr) minmax(120px, 0.9fr)';
const MIN_WIDTH = '1020px';

type Label = 'subscriptionName' | 'subscriptionId' | 'myRole' | 'offer' | 'status' | 'currentCost';
type Column = {
  key: SortKey;
  label: Label;
  end?: boolean;
  /** Where the column sits on a phone's card; the ID and role are one tap away, on the Overview. */
  card?: 'name' | 'status' | 'offer' | 'cost';
};
const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'subscriptionName', card: 'name' },
  { key: 'id', label: 'subscriptionId' },
  { key: 'role', label: 'myRole' },
  { key: 'offer', label: 'offer', card: 'offer' },
  { key: 'status', label: 'status', card: 'status' },
  { key: 'cost', label: 'currentCost', end: true, card: 'cost' },
];

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    // The grid scrolls inside the blade, under its own sticky header, as the portal's grids do.
    maxHeight: 'max(240px, calc(100vh - 270px))',
    fontSize: '13px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    minWidth: MIN_WIDTH,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { display: 'grid', gridTemplateColumns: COLUMN_TEMPLATE, alignItems: 'center' },
  cardRow: {
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gridTemplateAreas: '"name status" "offer cost"',
    alignContent: 'center',
    rowGap: '2px',
  },
  cardHead: { gridTemplateColumns: 'minmax(0, 1fr) auto', gridTemplateAreas: '"name status"' },
  name: { gridArea: 'name' },
  status: { gridArea: 'status' },
  offer: { gridArea: 'offer', color: tokens.colorNeutralForeground3 },
  cost: { gridArea: 'cost' },
  // Offer and cost have no header of their own on a card; screen readers still get their names.
  unseen: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  headerRow: {
    height: `${HEADER_HEIGHT}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: 'border-box',
  },
  headerCell: { height: '100%', minWidth: 0 },
  sort: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    height: '100%',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  sortEnd: { justifyContent: 'flex-end' },
  sortIcon: { fontSize: '14px', flexShrink: 0 },
  body: { position: 'relative', minWidth: MIN_WIDTH },
  // Cards fit the phone's width: nothing to scroll sideways.
  fitWidth: { minWidth: 0 },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  end: { textAlign: 'end' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: '12px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SubscriptionsGridProps {
  items: readonly IndexedRow<SubscriptionRow>[];
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
  /** Changes whenever the search, filters or sort change, so the grid starts again at the top. */
  viewKey: string;
}

/**
 * A windowed table: every row has a place in the scroll height, but only the visible rows (plus
 * overscan) are in the DOM. `aria-rowcount` and `aria-rowindex` tell assistive technology where each
 * rendered row sits in the whole list.
 */
export function SubscriptionsGrid({ items, sort, dir, onSort, viewKey }: SubscriptionsGridProps) {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  // One set of formatters for every row: creating Intl formatters per row would cost more than the row.
  const format = useFormat();
  const phone = useMediaQuery(PHONE_QUERY);
  const columns = phone ? COLUMNS.filter((column) => column.card) : COLUMNS;
  const rowKey = useCallback((index: number) => items[index]?.row.subscriptionId ?? '', [items]);
  const ref = useRef<HTMLDivElement>(null);
  const rowHeight = phone ? CARD_HEIGHT : ROW_HEIGHT;
  const firstWindow = firstWindowRows(rowHeight, OVERSCAN);
  const virtual = useDeferredModule(virtualRows, items.length > firstWindow ? 'now' : 'on-demand');
  const renderRow = (index: number, top: number) => {
    const entry = items[index];
    return (
      entry && (
        <GridRow
          key={entry.row.subscriptionId}
          entry={entry}
          index={index}
          top={top}
          format={format}
          card={phone}
        />
      )
    );
  };

  // Back to the top when the view changes; not on the first render, where the scroller is at the
  // top already and writing its offset would make the browser lay the page out on the spot.
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    if (ref.current) ref.current.scrollTop = 0;
  }, [viewKey, ref]);

  return (
    <div
      ref={ref}
      className={styles.scroller}
      role="table"
      aria-label={t.title}
      aria-rowcount={items.length + 1}
    >
      <div role="rowgroup" className={mergeClasses(styles.head, phone && styles.fitWidth)}>
        <div
          role="row"
          aria-rowindex={1}
          className={mergeClasses(styles.grid, styles.headerRow, phone && styles.cardHead)}
        >
          {columns.map((column) => {
            const sorted = column.key === sort;
            const SortIcon = dir === 'asc' ? ArrowSortUpRegular : ArrowSortDownRegular;
            const unseen = phone && (column.card === 'offer' || column.card === 'cost');
            return (
              <div
                key={column.key}
                role="columnheader"
                className={mergeClasses(
                  styles.headerCell,
                  phone && column.card && styles[column.card],
                  unseen && styles.unseen,
                )}
                aria-sort={sorted ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button
                  tabIndex={unseen ? -1 : undefined}
                  type="button"
                  className={mergeClasses(styles.sort, column.end && styles.sortEnd)}
                  onClick={() => onSort(column.key)}
                >
                  {t[column.label]}
                  {sorted && <SortIcon className={styles.sortIcon} aria-hidden />}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className={mergeClasses(styles.body, phone && styles.fitWidth)}
        style={{ height: items.length * rowHeight }}
      >
        {virtual ? (
          <virtual.VirtualRows
            scroller={ref}
            rowCount={items.length}
            rowHeight={rowHeight}
            headerHeight={HEADER_HEIGHT}
            overscan={OVERSCAN}
            rowKey={rowKey}
            renderRow={renderRow}
          />
        ) : (
          Array.from({ length: Math.min(items.length, firstWindow) }, (_, index) =>
            renderRow(index, index * rowHeight),
          )
        )}
      </div>
    </div>
  );
}

interface GridRowProps {
  entry: IndexedRow<SubscriptionRow>;
  /** Position in the whole list, for `aria-rowindex`. */
  index: number;
  /** Offset from the top of the rows, below the header. */
  top: number;
  format: Formatters;
  /** A phone's two-line card instead of a table row. */
  card: boolean;
}

/** One row; memoised, so a scroll only renders the rows that come into view. */
const GridRow = memo(function GridRow({ entry, index, top, format, card }: GridRowProps) {
  const styles = useStyles();
  const { row, roleLabel, statusLabel } = entry;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={mergeClasses(styles.grid, styles.row, card && styles.cardRow)}
      style={{ top, height: card ? CARD_HEIGHT : undefined }}
    >
      <div role="cell" className={mergeClasses(styles.cell, card && styles.name)}>
        <AppLink to={paths.overview.getHref(row.subscriptionId)}>{row.displayName}</AppLink>
      </div>
      {!card && (
        <div role="cell" className={mergeClasses(styles.cell, styles.mono)}>
          {row.subscriptionId}
        </div>
      )}
      {!card && (
        <div role="cell" className={mergeClasses(styles.cell, !row.role && styles.muted)}>
          {roleLabel}
        </div>
      )}
      <div
        role="cell"
        className={mergeClasses(styles.cell, !row.offerName && styles.muted, card && styles.offer)}
      >
        {row.offerName ?? '—'}
      </div>
      <div role="cell" className={mergeClasses(styles.cell, card && styles.status)}>
        <StatusCell state={row.state} label={statusLabel} />
      </div>
      <div
        role="cell"
        className={mergeClasses(
          styles.cell,
          styles.end,
          !row.cost && styles.muted,
          card && styles.cost,
        )}
      >
        {row.cost ? format.money(row.cost.amount, row.cost.currency) : '—'}
      </div>
    </div>
  );
});
