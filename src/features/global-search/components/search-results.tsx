import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { UseComboboxPropGetters } from 'downshift';
import { globalSearchMessages } from '@/features/global-search/messages';
import type { ResultGroup, SearchEntry } from '@/features/global-search/search-entries';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  popup: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    left: '-1px',
    right: '-1px',
    maxHeight: '60vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
    paddingBlock: tokens.spacingVerticalXS,
    zIndex: 1000,
  },
  groupHeading: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
  },
  highlighted: {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    boxShadow: `inset 2px 0 0 ${tokens.colorBrandForeground1}`,
  },
  detail: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  message: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SearchResultsProps {
  /** Whether the popup shows; the list stays in the DOM either way, for the box's `aria-controls`. */
  shown: boolean;
  groups: readonly ResultGroup[];
  highlightedIndex: number;
  loading: boolean;
  query: string;
  getMenuProps: UseComboboxPropGetters<SearchEntry>['getMenuProps'];
  getItemProps: UseComboboxPropGetters<SearchEntry>['getItemProps'];
}

/** The results under the box: a listbox of groups (services, subscriptions, resources) of options. */
export function SearchResults({
  shown,
  groups,
  highlightedIndex,
  loading,
  query,
  getMenuProps,
  getItemProps,
}: SearchResultsProps) {
  const styles = useStyles();
  const t = useMessages(globalSearchMessages);
  const groupId = useId('global-search-group');
  return (
    <div className={styles.popup} hidden={!shown}>
      <div {...getMenuProps({ 'aria-label': t.results })}>
        {shown &&
          groups.map(({ group, items }) => (
            <div key={group} role="group" aria-labelledby={`${groupId}-${group}`}>
              <div id={`${groupId}-${group}`} className={styles.groupHeading} role="presentation">
                {t[group]}
              </div>
              {items.map(({ entry, index }) => (
                <div
                  key={entry.key}
                  className={mergeClasses(
                    styles.option,
                    index === highlightedIndex && styles.highlighted,
                  )}
                  {...getItemProps({ item: entry, index })}
                >
                  <span>{entry.label}</span>
                  <span className={styles.detail}>{entry.detail}</span>
                </div>
              ))}
            </div>
          ))}
      </div>
      {shown && groups.length === 0 && (
        <p className={styles.message} aria-live="polite">
          {loading ? (
            t.searching
          ) : (
            <>
              {t.noResults(query.trim())}
              {t.space}
              <span className={styles.hint}>{t.hint}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
