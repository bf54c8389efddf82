// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterPill } from '@/features/subscriptions/components/filter-pill';
import type { FilterOption } from '@/features/subscriptions/list-rows';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

afterEach(cleanup);

const OPTIONS: FilterOption<string>[] = [
  { value: 'Enabled', label: 'Active' },
  { value: 'Disabled', label: 'Disabled' },
];

function Harness() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <LocaleProvider initial="en-US">
      <FluentProvider theme={webLightTheme}>
        <FilterPill label="Status" options={OPTIONS} selected={selected} onChange={setSelected} />
        <FilterPill label="Offer" options={OPTIONS} selected={[]} onChange={() => undefined} />
      </FluentProvider>
    </LocaleProvider>
  );
}

describe('Subscriptions list: filter pills', () => {
  // The first test clicks before the menu's code has loaded; later ones find it loaded.
  it('opens its menu on the first click, before the menu code was loaded, and filters', async () => {
    render(<Harness />);
    const pill = screen.getByRole('button', { name: 'Status == all' });
    expect(pill.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(pill);
    const active = await screen.findByRole(
      'menuitemcheckbox',
      { name: 'Active' },
      { timeout: 5_000 },
    );
    fireEvent.click(active);
    expect(screen.getByRole('button', { name: 'Status == Active' })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Clear this filter' })).toBeTruthy();
  });

  it('opens with ArrowDown, as a Fluent menu trigger does', async () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Offer == all' }), { key: 'ArrowDown' });
    expect(await screen.findByRole('menu')).toBeTruthy();
  });
});
