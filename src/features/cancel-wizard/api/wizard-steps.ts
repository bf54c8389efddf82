export const WIZARD_STEPS = ['prepare', 'review', 'confirm'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The step named in `?step=`; anything else is the first step. */
export function parseStep(value: string | null): WizardStep {
  return WIZARD_STEPS.find((step) => step === value) ?? 'prepare';
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}
