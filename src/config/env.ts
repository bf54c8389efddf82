/** Where the API client sends ARM calls; the mock answers on the same base URL the real portal uses. */
export const ARM_BASE_URL: string =
  import.meta.env.VITE_ARM_BASE_URL ?? 'https://management.azure.com';

/** The app's base path (Vite `base`), so a build served from a sub-path still routes and finds its worker. */
export const BASE_PATH: string = import.meta.env.BASE_URL;
