/** The fixed subscription ids of the `default` scenario (public contract §4). */
export const DEFAULT_IDS = {
  production: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
  devTest: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602',
  freeTrial: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f603',
  enterprise: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f604',
  fabrikam: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f605',
  legacyMarketing: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f606',
  sandbox: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607',
} as const;
