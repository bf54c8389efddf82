import { Button, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { FilterPill } from '@/features/subscriptions/components/filter-pill';
import type { FilterOptions } from '@/features/subscriptions/list-rows';
import type { ListView } from '@/features/subscriptions/list-view';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalS,
  },
  search: { width: '280px', maxWidth: '100%' },
  pills: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface ListToolbarProps {
  text: string;
  onTextChange: (text: string) => void;
  view: ListView;
  options: FilterOptions;
  onChange: (change: Partial<ListView>) => void;
  onReset: () => void;
}

/** Search by name or ID, then the portal's filter pills. */
export function ListToolbar({
  text,
  onTextChange,
  view,
  options,
  onChange,
  onReset,
}: ListToolbarProps) {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  const filtered =
    view.status.length > 0 || view.role.length > 0 || view.offer.length > 0 || text.trim() !== '';
  return (
    <div className={styles.root}>
      <SearchBox
        className={styles.search}
        size="small"
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        // Fluent names the clear button "clear" in English whatever the language.
        dismiss={{ 'aria-label': t.clearSearch }}
        value={text}
        onChange={(_, data) => onTextChange(data.value)}
      />
      <div className={styles.pills} role="group" aria-label={t.filters}>
        <FilterPill
          label={t.status}
          options={options.status}
          selected={view.status}
          onChange={(values) => onChange({ status: values })}
        />
        <FilterPill
          label={t.myRole}
          options={options.role}
          selected={view.role}
          onChange={(values) => onChange({ role: values })}
        />
        <FilterPill
          label={t.offer}
          options={options.offer}
          selected={view.offer}
          onChange={(values) => onChange({ offer: values })}
        />
        {filtered && (
          <Button appearance="transparent" size="small" onClick={onReset}>
            {t.resetFilters}
          </Button>
        )}
      </div>
    </div>
  );
}
