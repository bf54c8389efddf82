// The portal's layout widths, in one place. Plain constants only: Griffel evaluates this module at
// build time to write the styles that use them. A phone (360–430 CSS px wide) gets the phone layout: the
// menu leaves the page until opened, the top bar keeps icons only, blades use less padding and the
// Subscriptions list shows each subscription as a card. Up to 600 px, so a phone held sideways in a
// narrow browser window counts, and a 768 px tablet keeps the desktop layout with the menu as icons.

/** The phone layout's query, for `matchMedia` and `useMediaQuery`. */
export const PHONE_QUERY = '(max-width: 600px)';
/** The same as a Griffel `makeStyles` key. */
export const PHONE_MEDIA = '@media (max-width: 600px)';

/** Below this window width (CSS px) the portal menu starts collapsed to icons, as the real portal does. */
export const MENU_ICONS_BELOW = 1024;

// The presentation's caption docks as a column at the right from this width (a 1280 × 720 projector
// and up), and as a sheet along the bottom below it (a tablet held upright, a phone); the portal
// narrows beside it either way (src/features/presentation/components/caption-dock.ts).
export const SIDE_DOCK_QUERY = '(min-width: 1000px)';
export const SIDE_DOCK_MEDIA = '@media (min-width: 1000px)';
export const SIDE_DOCK_WIDTH = '360px';
