/** The one Toaster the shell mounts; every toast of the portal goes there. */
export const PORTAL_TOASTER_ID = 'portal-toaster';
