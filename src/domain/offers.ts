// The offers a subscription can be on, and what each one decides about cancelling and reactivating.

export type OfferKey =
  'payg' | 'free-trial' | 'vs-enterprise' | 'vs-professional' | 'ea' | 'students';

export type ReactivationPath = 'self-service' | 'support';

export interface OfferInfo {
  readonly key: OfferKey;
  readonly displayName: string;
  readonly quotaId: string;
  readonly offerId: string;
  /** R10 / R11: who can bring a cancelled subscription back. */
  readonly reactivationPath: ReactivationPath;
  /** R7: usage is paid from credit, so a final invoice is zero. */
  readonly creditFunded: boolean;
}

export const OFFER_KEYS: readonly OfferKey[] = [
  'payg',
  'free-trial',
  'vs-enterprise',
  'vs-professional',
  'ea',
  'students',
];

// Visual Studio and Students offers run on monthly/one-off credit with a spending limit, like the
// Free Trial, so they are credit-funded too; Pay-As-You-Go and EA are invoiced.
export const OFFERS: Readonly<Record<OfferKey, OfferInfo>> = {
  payg: {
    key: 'payg',
    displayName: 'Pay-As-You-Go',
    quotaId: 'PayAsYouGo_2014-09-01',
    offerId: 'MS-AZR-0003P',
    reactivationPath: 'self-service',
    creditFunded: false,
  },
  'free-trial': {
    key: 'free-trial',
    displayName: 'Free Trial',
    quotaId: 'FreeTrial_2014-09-01',
    offerId: 'MS-AZR-0044P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  'vs-enterprise': {
    key: 'vs-enterprise',
    displayName: 'Visual Studio Enterprise',
    quotaId: 'MSDN_2014-09-01',
    offerId: 'MS-AZR-0063P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  'vs-professional': {
    key: 'vs-professional',
    displayName: 'Visual Studio Professional',
    quotaId: 'MSDN_2014-09-01',
    offerId: 'MS-AZR-0059P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  ea: {
    key: 'ea',
    displayName: 'Enterprise Agreement',
    quotaId: 'EnterpriseAgreement_2014-09-01',
    offerId: 'MS-AZR-0017P',
    reactivationPath: 'support',
    creditFunded: false,
  },
  students: {
    key: 'students',
    displayName: 'Azure for Students',
    quotaId: 'AzureForStudents_2018-01-01',
    offerId: 'MS-AZR-0170P',
    reactivationPath: 'support',
    creditFunded: true,
  },
};
