import { mergeClasses, useMergedRefs } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useState, type RefObject } from 'react';
import { useSearchBoxStyles } from '@/features/global-search/components/search-box-styles';
import { SearchResults } from '@/features/global-search/components/search-results';
import {
  useSearchCombobox,
  type SearchComboboxOptions,
} from '@/features/global-search/components/use-search-combobox';
import { globalSearchMessages } from '@/features/global-search/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

export interface SearchComboboxProps extends SearchComboboxOptions {
  /** The top bar focuses the box (shortcut, narrow layout). */
  inputRef: RefObject<HTMLInputElement | null>;
  /** The look-alike box had focus when this one replaced it: take it over. */
  focused?: boolean;
}

/** The search box and its results, a combobox in the ARIA sense (keyboard handling by downshift). */
export function SearchCombobox({ inputRef, focused = false, ...options }: SearchComboboxProps) {
  const styles = useSearchBoxStyles();
  const [focusOnArrival] = useState(focused);
  useEffect(() => {
    if (focusOnArrival) inputRef.current?.focus();
  }, [focusOnArrival, inputRef]);
  const t = useMessages(globalSearchMessages);
  const { inputProps, list } = useSearchCombobox(options);
  const { ref: downshiftRef, ...props } = inputProps;
  const ref = useMergedRefs(downshiftRef, inputRef);
  return (
    <div className={mergeClasses(styles.box, options.overlay && styles.overlay)}>
      <SearchRegular className={styles.icon} aria-hidden />
      <input
        className={styles.input}
        type="text"
        placeholder={t.label}
        spellCheck={false}
        ref={ref}
        {...props}
      />
      <SearchResults {...list} />
    </div>
  );
}
