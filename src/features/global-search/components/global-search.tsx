import { Button, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMediaQuery } from '@/features/global-search/components/use-media-query';
import { useSearchShortcut } from '@/features/global-search/components/use-search-shortcut';
import { globalSearchMessages } from '@/features/global-search/messages';
import {
  searchEntries,
  type SearchEntry,
  type SearchGroup,
} from '@/features/global-search/search-entries';
import { useSearchEntries } from '@/features/global-search/use-search-entries';
import { useMessages } from '@/lib/i18n/locale-provider';

/** Below this width the box collapses to an icon, as the portal's top bar does on small screens. */
const NARROW_QUERY = '(max-width: 960px)';
const PER_GROUP = 6;

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', width: '100%', minWidth: 0 },
  rootCollapsed: { justifyContent: 'flex-end' },
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
    backgroundColor: '#323130',
    color: '#ffffff',
    border: '1px solid #8a8886',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-within': {
      backgroundColor: '#ffffff',
      color: tokens.colorNeutralForeground1,
      border: '1px solid #ffffff',
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
    '::placeholder': { color: '#c8c6c4', opacity: 1 },
    ':focus::placeholder': { color: tokens.colorNeutralForeground4 },
  },
  iconButton: {
    color: '#ffffff',
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: '#323130' },
  },
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
  active: {
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

function groupResults(
  results: readonly SearchEntry[],
): { group: SearchGroup; items: { entry: SearchEntry; index: number }[] }[] {
  const groups: { group: SearchGroup; items: { entry: SearchEntry; index: number }[] }[] = [];
  results.forEach((entry, index) => {
    const last = groups[groups.length - 1];
    if (last && last.group === entry.group) last.items.push({ entry, index });
    else groups.push({ group: entry.group, items: [{ entry, index }] });
  });
  return groups;
}

/**
 * The portal's global search: services, subscriptions and cached resources, opened with `/`.
 * `ready` says the signed-in persona is known; until then no ARM read may be sent.
 */
export function GlobalSearch({ ready }: { ready: boolean }) {
  const styles = useStyles();
  const t = useMessages(globalSearchMessages);
  const navigate = useNavigate();
  const narrow = useMediaQuery(NARROW_QUERY);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId('global-search-results');
  const optionId = useId('global-search-option');

  const { entries, loading, whenLoaded } = useSearchEntries(open && ready);
  // Enter pressed before the subscriptions arrived: the text it was pressed on, whose best match opens
  // once they have. Typing more or leaving the box forgets it.
  const pendingEnter = useRef<string | null>(null);
  const results = useMemo(() => searchEntries(entries, query, PER_GROUP), [entries, query]);
  const activeIndex = Math.min(active, results.length - 1);
  const groups = useMemo(() => groupResults(results), [results]);
  const collapsed = narrow && !expanded;

  const focusSearch = useCallback(() => {
    setExpanded(true);
    inputRef.current?.focus();
  }, []);
  useSearchShortcut(focusSearch);

  // In the narrow layout the box only exists once expanded; focus it as soon as it is there.
  useEffect(() => {
    if (expanded) inputRef.current?.focus();
  }, [expanded]);

  const close = () => {
    pendingEnter.current = null;
    setOpen(false);
    setExpanded(false);
  };

  const go = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    setQuery('');
    close();
    inputRef.current?.blur();
    void navigate(entry.to);
  };

  const goWhenLoaded = (typed: string) => {
    pendingEnter.current = typed;
    void whenLoaded().then(
      (all) => {
        if (pendingEnter.current !== typed) return;
        pendingEnter.current = null;
        go(searchEntries(all, typed, PER_GROUP)[0]);
      },
      // The read failed: nothing to open; the box shows what it has and Enter can be pressed again.
      () => undefined,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive(results.length === 0 ? 0 : (activeIndex + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(results.length === 0 ? 0 : (activeIndex - 1 + results.length) % results.length);
        break;
      case 'Enter':
        event.preventDefault();
        if (loading) goWhenLoaded(query);
        else go(results[activeIndex] ?? results[0]);
        break;
      case 'Escape':
        // First Escape closes the results; the next one clears what was typed.
        event.preventDefault();
        if (open) setOpen(false);
        else setQuery('');
        if (narrow && !open) {
          setExpanded(false);
          inputRef.current?.blur();
        }
        break;
      default:
        break;
    }
  };

  if (collapsed) {
    return (
      <div className={mergeClasses(styles.root, styles.rootCollapsed)} role="search">
        <Button
          appearance="transparent"
          className={styles.iconButton}
          icon={<SearchRegular />}
          aria-label={t.open}
          onClick={focusSearch}
        />
      </div>
    );
  }

  const showPopup = open && (results.length > 0 || query.trim() !== '');
  return (
    <div className={styles.root} role="search">
      <div className={mergeClasses(styles.box, narrow && styles.overlay)}>
        <SearchRegular className={styles.icon} aria-hidden />
        <input
          ref={inputRef}
          className={styles.input}
          type="text"
          role="combobox"
          aria-label={t.label}
          aria-autocomplete="list"
          aria-expanded={showPopup}
          aria-controls={listId}
          aria-activedescendant={
            showPopup && results[activeIndex] ? `${optionId}-${activeIndex}` : undefined
          }
          placeholder={t.label}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
            pendingEnter.current = null;
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {showPopup && (
          <div className={styles.popup}>
            <div id={listId} role="listbox" aria-label={t.results}>
              {groups.map(({ group, items }) => (
                <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
                  <div
                    id={`${listId}-${group}`}
                    className={styles.groupHeading}
                    role="presentation"
                  >
                    {t[group]}
                  </div>
                  {items.map(({ entry, index }) => (
                    <div
                      key={entry.key}
                      id={`${optionId}-${index}`}
                      role="option"
                      aria-selected={index === activeIndex}
                      className={mergeClasses(
                        styles.option,
                        index === activeIndex && styles.active,
                      )}
                      // Keep focus in the box so its blur does not close the list before the click lands.
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseEnter={() => setActive(index)}
                      onClick={() => go(entry)}
                    >
                      <span>{entry.label}</span>
                      <span className={styles.detail}>{entry.detail}</span>
                    </div>
                  ))}
                </div>
              ))}
            </div>
            {results.length === 0 && (
              <p className={styles.message} aria-live="polite">
                {loading ? (
                  t.searching
                ) : (
                  <>
                    {t.noResults(query.trim())} <span className={styles.hint}>{t.hint}</span>
                  </>
                )}
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
