import { webLightTheme } from '@fluentui/tokens';

// Fluent's theme as CSS custom properties on the page's root, written at build time into the inline
// style of index.html (vite.config.ts, beside the frame's). `FluentProvider` would otherwise carry
// the theme's values in the first load's JavaScript (5.9 KB gzip: the colour ramps and the aliases
// built from them) and write the same rule into a style element while React renders. The portal's
// provider is given no values (src/app/providers.tsx), and every element, portals included,
// inherits these. A unit test keeps the rule equal to the one Fluent itself writes.

/** `:root{--name:value;…}` for every token of the portal's theme. */
export function themeRule(
  selector = ':root',
  theme: Record<string, string | number> = webLightTheme,
) {
  const declarations = Object.entries(theme).map(([name, value]) => `--${name}: ${value};`);
  return `${selector}{${declarations.join(' ')}}`;
}
