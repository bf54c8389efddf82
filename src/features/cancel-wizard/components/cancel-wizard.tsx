import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import type { Permission } from '@/contract/authorization';
import { useCancelSubscription } from '@/features/cancel-wizard/api/cancel-subscription';
import {
  clearDraft,
  loadDraft,
  saveDraft,
  type WizardDraft,
} from '@/features/cancel-wizard/api/wizard-draft';
import {
  parseStep,
  stepIndex,
  WIZARD_STEPS,
  type WizardStep,
} from '@/features/cancel-wizard/api/wizard-steps';
import { ConfirmStep } from '@/features/cancel-wizard/components/confirm-step';
import { NeedHelp } from '@/features/cancel-wizard/components/need-help';
import { PrepareStep } from '@/features/cancel-wizard/components/prepare-step';
import { ReviewStep } from '@/features/cancel-wizard/components/review-step';
import { WizardStepper } from '@/features/cancel-wizard/components/wizard-stepper';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useSingleFlight } from '@/lib/use-single-flight';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  counter: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
});

export interface CancelWizardProps {
  subscriptionId: string;
  displayName: string;
  permissions: readonly Permission[];
}

/**
 * The three steps. The step lives in the URL (`?step=`), so Back, Forward and reload land on it;
 * the answers live in sessionStorage until the cancellation is sent.
 */
export function CancelWizard({ subscriptionId, displayName, permissions }: CancelWizardProps) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<WizardDraft>(() => loadDraft(subscriptionId));
  const submitted = useRef(false);
  const requested = parseStep(params.get('step'));
  // The later steps follow the acknowledgement; a link straight to them starts at Prepare.
  const step: WizardStep = draft.acknowledged ? requested : 'prepare';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (!submitted.current) saveDraft(subscriptionId, draft);
  }, [subscriptionId, draft]);

  useEffect(() => {
    if (requested !== step) setParams({ step }, { replace: true });
  }, [requested, step, setParams]);

  // Each step change moves focus to the step's heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const cancel = useCancelSubscription((id) => {
    submitted.current = true;
    clearDraft(id);
    navigate(paths.overview.getHref(id));
  });

  const update = (change: Partial<WizardDraft>) =>
    setDraft((current) => ({ ...current, ...change }));
  const goTo = (next: WizardStep) => setParams({ step: next });
  const submit = useSingleFlight(() => {
    if (draft.reason === null) return;
    const comment = draft.comment.trim();
    return cancel.mutateAsync({
      subscriptionId,
      displayName,
      body: {
        confirmation: draft.confirmation,
        reason: draft.reason,
        ...(comment ? { comment } : {}),
      },
    });
  });

  return (
    <>
      <WizardStepper current={step} />
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        <span className={styles.counter}>{t.stepOf(stepIndex(step) + 1, WIZARD_STEPS.length)}</span>
        {t.stepLabel[step]}
      </h2>
      {step === 'prepare' && (
        <PrepareStep
          subscriptionId={subscriptionId}
          permissions={permissions}
          draft={draft}
          onDraftChange={update}
          onNext={() => goTo('review')}
        />
      )}
      {step === 'review' && (
        <ReviewStep
          subscriptionId={subscriptionId}
          onBack={() => goTo('prepare')}
          onNext={() => goTo('confirm')}
        />
      )}
      {step === 'confirm' && (
        <ConfirmStep
          displayName={displayName}
          draft={draft}
          onDraftChange={update}
          onBack={() => goTo('review')}
          onSubmit={submit}
          pending={cancel.isPending}
          error={cancel.error}
        />
      )}
      <NeedHelp subscriptionId={subscriptionId} />
    </>
  );
}
