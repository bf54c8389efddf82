import { makeStyles, tokens } from '@fluentui/react-components';

// The top bar stays dark whatever the theme, so the box uses Fluent's static (theme-independent)
// colours until it is focused, when it turns into an ordinary light field.
export const useSearchBoxStyles = makeStyles({
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
