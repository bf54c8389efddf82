import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, FilterRegular } from '@fluentui/react-icons';
import { deferredModule } from '@/components/deferred/deferred-module';
import { useDeferredPopup } from '@/components/deferred/use-deferred-popup';
import type { FilterOption } from '@/features/subscriptions/list-rows';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

// Fluent's Menu (and its positioning) loads on the first hover or focus of a pill, not with the list.
const filterMenuModule = deferredModule(
  () => import('@/features/subscriptions/components/filter-menu'),
);

const useStyles = makeStyles({
  pill: {
    minWidth: 0,
    height: '26px',
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: '13px',
    whiteSpace: 'nowrap',
    gap: tokens.spacingHorizontalXS,
  },
  chevron: { fontSize: '12px', marginInlineStart: tokens.spacingHorizontalXXS },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorNeutralForeground1,
  },
});

export interface FilterPillProps<V extends string> {
  /** The column it filters, e.g. "Status". */
  label: string;
  options: readonly FilterOption<V>[];
  selected: readonly V[];
  onChange: (values: V[]) => void;
}

/** A portal filter pill: "Status == all" until values are checked, then "Status == Active". */
export function FilterPill<V extends string>({
  label,
  options,
  selected,
  onChange,
}: FilterPillProps<V>) {
  const styles = useStyles();
  const t = useMessages(subscriptionsMessages);
  const chosenLabels = options
    .filter((option) => selected.includes(option.value))
    .map((option) => option.label);
  const text = selected.length === 0 ? t.filterAll(label) : t.filterSome(label, chosenLabels);
  const popup = useDeferredPopup(filterMenuModule);
  const pill = (
    <Button
      className={mergeClasses(styles.pill, selected.length > 0 && styles.active)}
      size="small"
      icon={<FilterRegular />}
      iconPosition="before"
      aria-haspopup="menu"
      {...(popup.loaded ? {} : popup.triggerProps)}
    >
      {text}
      <ChevronDownRegular className={styles.chevron} aria-hidden />
    </Button>
  );
  if (!popup.loaded) return pill;
  return (
    <popup.loaded.FilterMenu
      trigger={pill}
      defaultOpen={popup.openOnMount}
      options={options}
      selected={selected}
      onChange={onChange}
    />
  );
}
