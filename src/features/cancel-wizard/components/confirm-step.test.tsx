// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CANCEL_COMMENT_MAX_LENGTH } from '@/contract/cancel';
import { EMPTY_DRAFT, type WizardDraft } from '@/features/cancel-wizard/api/wizard-draft';
import { ConfirmStep } from '@/features/cancel-wizard/components/confirm-step';
import { renderInPortal, stubResizeObserver } from '@/testing/render';

function Harness({ initial, onSubmit }: { initial: WizardDraft; onSubmit: () => void }) {
  const [draft, setDraft] = useState(initial);
  return (
    <ConfirmStep
      displayName="Contoso Production"
      draft={draft}
      onDraftChange={(change) => setDraft((current) => ({ ...current, ...change }))}
      onBack={() => undefined}
      onSubmit={onSubmit}
      pending={false}
      error={null}
    />
  );
}

function renderStep(initial: WizardDraft, onSubmit = vi.fn()) {
  renderInPortal(<Harness initial={initial} onSubmit={onSubmit} />);
  return onSubmit;
}

describe('R3: the Confirm step', () => {
  beforeAll(stubResizeObserver);
  afterEach(cleanup);

  it('R3: the final button stays disabled, with the reason in words, until reason and name are both valid', () => {
    renderStep({ ...EMPTY_DRAFT, acknowledged: true });
    const submit = screen.getByRole('button', { name: 'Cancel subscription' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen.getByText('To cancel, choose a reason and type the subscription name exactly.'),
    ).toBeTruthy();

    const name = screen.getByRole('textbox', { name: /Subscription name/ });
    fireEvent.change(name, { target: { value: 'contoso production' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/The name does not match/)).toBeTruthy();
  });

  it('R3: with a reason and the exact name the button submits', () => {
    const onSubmit = renderStep({
      ...EMPTY_DRAFT,
      acknowledged: true,
      reason: 'too-expensive',
      confirmation: 'Contoso Production',
    });
    const submit = screen.getByRole('button', { name: 'Cancel subscription' });
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    expect(
      screen.getByRole('textbox', { name: /Subscription name/ }).getAttribute('aria-invalid'),
    ).not.toBe('true');
    fireEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('R3: Other with no comment submits; the comment field stays offered, labelled optional', () => {
    const onSubmit = renderStep({
      ...EMPTY_DRAFT,
      acknowledged: true,
      reason: 'other',
      confirmation: 'Contoso Production',
    });
    const comment = screen.getByRole('textbox', { name: 'Tell us more (optional)' });
    expect(comment.getAttribute('aria-required')).not.toBe('true');
    expect(comment.getAttribute('maxlength')).toBe(String(CANCEL_COMMENT_MAX_LENGTH));
    fireEvent.blur(comment);
    expect(comment.getAttribute('aria-invalid')).not.toBe('true');
    const submit = screen.getByRole('button', { name: 'Cancel subscription' });
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
