import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SearchResultsProps } from '@/features/global-search/components/search-results';
import { useSearchResults } from '@/features/global-search/components/use-search-results';
import { globalSearchMessages } from '@/features/global-search/messages';
import type { SearchEntry } from '@/features/global-search/search-entries';
import { useMessages } from '@/lib/i18n/locale-provider';

const { InputBlur, InputClick, InputKeyDownEnter, ItemClick, InputChange, MenuMouseLeave } =
  useCombobox.stateChangeTypes;

/**
 * Leaving the box never opens anything (the library would select the highlighted result on blur), a
 * click in the box keeps the results that its focus opened, the pointer leaving the results keeps
 * the highlight where it was, and picking a result empties the box.
 */
function stateReducer(
  state: UseComboboxState<SearchEntry>,
  { type, changes }: UseComboboxStateChangeOptions<SearchEntry>,
): Partial<UseComboboxState<SearchEntry>> {
  switch (type) {
    case InputBlur:
      return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
    case InputClick:
      return state.isOpen ? state : changes;
    case MenuMouseLeave:
      return { ...changes, highlightedIndex: state.highlightedIndex };
    case InputKeyDownEnter:
    case ItemClick:
      return { ...changes, inputValue: '' };
    default:
      return changes;
  }
}

export interface SearchComboboxOptions {
  /** The signed-in persona is known: until then no ARM read may be sent. */
  ready: boolean;
  /** Narrow window: the box floats over the whole top bar and goes away when left. */
  overlay: boolean;
  /** The box was left, or a result opened: move focus out of it and, if narrow, put it away. */
  onLeave: () => void;
  /** What was typed in the look-alike box before this one loaded, and whether Enter was pressed. */
  handover?: { query: string; enter: boolean };
}

/**
 * The global search's state: what is typed, whether the results show, and what a key or a click
 * opens. downshift keeps the combobox's keyboard and ARIA wiring; this adds the portal's rules.
 */
export function useSearchCombobox({ ready, overlay, onLeave, handover }: SearchComboboxOptions) {
  const t = useMessages(globalSearchMessages);
  const navigate = useNavigate();
  const [query, setQuery] = useState(handover?.query ?? '');
  // Read once: an Enter pressed in the look-alike box opens the best match once the results are in.
  const [enterHandedOver] = useState(handover?.enter === true);
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(0);
  const { results, groups, loading, bestMatchWhenLoaded, forgetEnter } = useSearchResults(
    query,
    open && ready,
  );

  const close = () => {
    forgetEnter();
    setOpen(false);
    onLeave();
  };

  const go = (entry: SearchEntry | null | undefined) => {
    if (!entry) return;
    setQuery('');
    close();
    void navigate(entry.to);
  };

  const { getInputProps, getMenuProps, getItemProps, highlightedIndex, openMenu } = useCombobox({
    items: results,
    itemToString: (entry) => entry?.label ?? '',
    itemToKey: (entry) => entry?.key,
    inputValue: query,
    onInputValueChange: ({ inputValue, type }) => {
      setQuery(inputValue);
      if (type === InputChange) forgetEnter();
    },
    isOpen: open,
    onIsOpenChange: ({ isOpen }) => setOpen(isOpen),
    // Nothing stays selected: picking a result opens it.
    selectedItem: null,
    onSelectedItemChange: ({ selectedItem }) => go(selectedItem),
    // The best match is highlighted as soon as there is one (also when the results arrive after the
    // typing), so Enter opens it; a highlight past the end of shorter results moves to the last one.
    highlightedIndex:
      results.length === 0 ? -1 : Math.min(Math.max(highlighted, 0), results.length - 1),
    onHighlightedIndexChange: ({ highlightedIndex }) => setHighlighted(highlightedIndex),
    stateReducer,
  });

  useEffect(() => {
    if (enterHandedOver) void bestMatchWhenLoaded(query).then(go);
    // Only the Enter handed over, once, when the box arrives; later Enters go through onKeyDown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterHandedOver]);

  // Runs before downshift's own handling, which a handled key switches off.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      event.preventDefault();
      Object.assign(event.nativeEvent, { preventDownshiftDefault: true });
    };
    if (event.key === 'Enter' && loading) {
      handled();
      void bestMatchWhenLoaded(query).then(go);
    } else if (event.key === 'Enter' && (!open || highlightedIndex < 0)) {
      handled();
      go(results[0]);
    } else if (event.key === 'Escape' && overlay && !open) {
      // In the narrow layout the second Escape also puts the box away.
      handled();
      setQuery('');
      close();
    }
  };

  const shown = open && (results.length > 0 || query.trim() !== '');
  const inputProps = {
    ...getInputProps({
      'aria-label': t.label,
      // The typed text is set in the change event itself: downshift reports it a render later, and a
      // controlled input that renders its old value meanwhile loses the keys typed fast after it.
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      onFocus: openMenu,
      onBlur: close,
      onKeyDown,
    }),
    'aria-expanded': shown,
  };
  const list: SearchResultsProps = {
    shown,
    groups,
    highlightedIndex,
    loading,
    query,
    getMenuProps,
    getItemProps,
  };
  return { inputProps, list };
}
