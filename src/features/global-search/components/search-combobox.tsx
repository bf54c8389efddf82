import { makeStyles, mergeClasses, tokens, useMergedRefs } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { RefObject } from 'react';
import { SearchResults } from '@/features/global-search/components/search-results';
import {
  useSearchCombobox,
  type SearchComboboxOptions,
} from '@/features/global-search/components/use-search-combobox';
import { globalSearchMessages } from '@/features/global-search/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

// The top bar stays dark whatever the theme, so the box uses Fluent's static (theme-independent)
// colours until it is focused, when it turns into an ordinary light field.
const useStyles = makeStyles({
  box: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    maxWidth: '540px',
    height: '30px',
    paddingInline: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackgroundStatic,
    color: tokens.colorNeutralForegroundStaticInverted,
    border: `1px solid color-mix(in srgb, ${tokens.colorNeutralForegroundStaticInverted} 45%, transparent)`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-within': {
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      border: `1px solid ${tokens.colorNeutralBackground1}`,
    },
  },
  overlay: {
    position: 'fixed',
    top: '5px',
    left: tokens.spacingHorizontalS,
    right: tokens.spacingHorizontalS,
    width: 'auto',
    maxWidth: 'none',
    zIndex: 1000,
  },
  icon: { fontSize: '16px', flexShrink: 0 },
  input: {
    flex: 1,
    minWidth: 0,
    height: '100%',
    border: 'none',
    outline: 'none',
    backgroundColor: 'transparent',
    color: 'inherit',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    '::placeholder': { color: tokens.colorNeutralForegroundStaticInverted, opacity: 0.8 },
    ':focus::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
});

export interface SearchComboboxProps extends SearchComboboxOptions {
  /** The top bar focuses the box (shortcut, narrow layout). */
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The search box and its results, a combobox in the ARIA sense (keyboard handling by downshift). */
export function SearchCombobox({ inputRef, ...options }: SearchComboboxProps) {
  const styles = useStyles();
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
