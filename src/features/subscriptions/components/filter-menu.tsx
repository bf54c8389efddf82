import {
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { FilterOption } from '@/features/subscriptions/list-rows';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

export interface FilterMenuProps<V extends string> {
  /** The pill that opens it. */
  trigger: ReactElement;
  /** Open as it mounts: the pill was clicked before this code had loaded. */
  defaultOpen: boolean;
  options: readonly FilterOption<V>[];
  selected: readonly V[];
  onChange: (values: V[]) => void;
}

/**
 * A filter pill's menu of values to check, and "Clear filter" once any is checked. Loaded when the
 * pill is first hovered or focused (filter-pill.tsx), with Fluent's Menu and positioning.
 */
export function FilterMenu<V extends string>({
  trigger,
  defaultOpen,
  options,
  selected,
  onChange,
}: FilterMenuProps<V>) {
  const t = useMessages(subscriptionsMessages);
  return (
    <Menu
      defaultOpen={defaultOpen}
      persistOnItemClick
      checkedValues={{ values: [...selected] }}
      onCheckedValueChange={(_, data) =>
        onChange(
          options
            .filter((option) => data.checkedItems.includes(option.value))
            .map((option) => option.value),
        )
      }
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {options.map((option) => (
            <MenuItemCheckbox key={option.value} name="values" value={option.value}>
              {option.label}
            </MenuItemCheckbox>
          ))}
          {selected.length > 0 && (
            <>
              <MenuDivider />
              <MenuItem onClick={() => onChange([])}>{t.clearFilter}</MenuItem>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
