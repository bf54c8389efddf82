import { mergeClasses } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { Dispatch, RefObject, SetStateAction } from 'react';
import { useSearchBoxStyles } from '@/features/global-search/components/search-box-styles';
import { globalSearchMessages } from '@/features/global-search/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

/** What the look-alike box hands to the real one: the text, the focus, a pressed Enter. */
export interface SearchHandover {
  query: string;
  focused: boolean;
  enter: boolean;
}

export const NO_HANDOVER: SearchHandover = { query: '', focused: false, enter: false };

/**
 * The search box as the top bar first paints it, before the combobox's code (downshift and the
 * results) has loaded: the same box, name and role, so nothing moves when the real one replaces it.
 * Focusing it asks for that code at once; what is typed meanwhile, the focus and an Enter carry over.
 */
export function SearchBoxPlaceholder({
  inputRef,
  overlay,
  handover,
  onChange,
  onWanted,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  overlay: boolean;
  handover: SearchHandover;
  onChange: Dispatch<SetStateAction<SearchHandover>>;
  onWanted: () => void;
}) {
  const styles = useSearchBoxStyles();
  const t = useMessages(globalSearchMessages);
  return (
    <div className={mergeClasses(styles.box, overlay && styles.overlay)}>
      <SearchRegular className={styles.icon} aria-hidden />
      <input
        ref={inputRef}
        className={styles.input}
        type="text"
        role="combobox"
        aria-expanded={false}
        aria-autocomplete="list"
        aria-label={t.label}
        placeholder={t.label}
        spellCheck={false}
        value={handover.query}
        onFocus={() => {
          onWanted();
          onChange((last) => ({ ...last, focused: true }));
        }}
        onBlur={() => onChange((last) => ({ ...last, focused: false }))}
        onChange={(event) => {
          const query = event.target.value;
          onChange((last) => ({ ...last, query, enter: false }));
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onChange((last) => ({ ...last, enter: true }));
        }}
      />
    </div>
  );
}
