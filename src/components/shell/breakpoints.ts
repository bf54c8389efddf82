// The portal's layout widths, in one place. A phone (360–430 CSS px wide) gets the phone layout: the
// menu leaves the page until opened, the top bar keeps icons only, blades use less padding and the
// Subscriptions list shows each subscription as a card. Up to 600 px, so a phone held sideways in a
// narrow browser window counts, and a 768 px tablet keeps the desktop layout with the menu as icons.

/** The phone layout's query, for `matchMedia` and `useMediaQuery`. */
export const PHONE_QUERY = '(max-width: 600px)';
/** The same as a Griffel `makeStyles` key. */
export const PHONE_MEDIA = '@media (max-width: 600px)';
