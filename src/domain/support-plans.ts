// The paid support plans a subscription can carry, with their monthly prices (R8).

export type SupportPlanKey = 'Developer' | 'Standard' | 'ProfessionalDirect';

export interface SupportPlanInfo {
  readonly key: SupportPlanKey;
  readonly displayName: string;
  /** R8: monthly price, in `currency`. */
  readonly monthlyPrice: number;
  readonly currency: 'USD';
}

export const SUPPORT_PLANS: Readonly<Record<SupportPlanKey, SupportPlanInfo>> = {
  Developer: { key: 'Developer', displayName: 'Developer', monthlyPrice: 29, currency: 'USD' },
  Standard: { key: 'Standard', displayName: 'Standard', monthlyPrice: 100, currency: 'USD' },
  ProfessionalDirect: {
    key: 'ProfessionalDirect',
    displayName: 'Professional Direct',
    monthlyPrice: 1000,
    currency: 'USD',
  },
};
