import { createCSSRuleFromTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { themeRule } from './fluent-theme';

/** A rule's declarations, name to value, whatever its spacing. */
function declarations(rule: string): Map<string, string> {
  const body = rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}'));
  return new Map(
    body
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const colon = part.indexOf(':');
        return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
      }),
  );
}

describe("Fluent's theme written at build time", () => {
  // The components' own theme, so that a Fluent upgrade whose tokens differ from the pinned
  // @fluentui/tokens fails here.
  it("declares what FluentProvider would write for the portal's theme, every token with its value", () => {
    const ours = declarations(themeRule());
    const fluents = declarations(createCSSRuleFromTheme(':root', webLightTheme));
    expect(ours.size).toBe(Object.keys(webLightTheme).length);
    expect(ours).toEqual(fluents);
    expect(ours.get('--colorBrandBackground')).toBe('#0f6cbd');
    expect(themeRule().startsWith(':root{')).toBe(true);
  });
});
