// Public pages outside the portal that the seed document points its reader to, in one place. They
// open in a new tab (components/external-link.tsx), so the portal and its state stay where they were.

export const externalLinks = {
  /** R9: "Microsoft Trust Center - How we manage your data", the seed's link for the 90 days. */
  trustCenterDataManagement: 'https://go.microsoft.com/fwLink/p/?LinkID=822930&clcid=0x409',
  /** R8: "Azure support plans", the seed's link for the paid plans charged 6 more months. */
  supportPlans: 'https://azure.microsoft.com/support/plans/',
} as const;

export type ExternalLinkKey = keyof typeof externalLinks;
