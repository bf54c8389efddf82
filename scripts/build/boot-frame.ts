// The portal's frame as plain HTML and CSS in index.html, painted before any JavaScript arrives: the
// top bar, the menu's column, and the blade's breadcrumb, title and rows as grey placeholders. On a
// phone (4× slower CPU, slow 4G) the portal's own first paint waits for about 280 KB of JavaScript to
// download and run; this frame paints as soon as the page itself is in (its styles are inline).
//
// It lives inside #root, so React's first commit replaces it whole (createRoot clears the container):
// nothing of it stays behind, and it never shows beside the real portal. It is decoration only: hidden
// from screen readers, and not `main`, which keeps meaning "ready for the user" (contract §6).
//
// Its measures copy the shell's (src/components/shell/portal-shell.tsx, top-bar.tsx, left-nav.tsx):
// a 40 px top bar, the menu 220 px wide, 48 px below the width where it collapses to icons, none on a
// phone, and the blade's title in the place and type of the real one, so the swap does not jump. The
// widths where the layout changes are the shell's own (breakpoints.ts); the title's font is the page's
// (global.css, inline before this).

import { MENU_ICONS_BELOW, PHONE_QUERY } from '../../src/components/shell/breakpoints.ts';

/**
 * The blade titles the frame can name before the portal runs, by the path's end, in each language:
 * the Subscriptions list, the page most share links open. Other pages show a grey title until the
 * portal names them (a subscription's name, for one, needs its data). A unit test keeps these equal
 * to the blade's own title (src/features/subscriptions/messages.ts).
 */
export const BOOT_TITLES: Record<string, Record<'en-US' | 'zh-CN', string>> = {
  subscriptions: { 'en-US': 'Subscriptions', 'zh-CN': '订阅' },
};

/** The portal's settings in localStorage (src/lib/i18n/locale.ts) and the `?lang=` launch parameter. */
const SETTINGS_KEY = 'azclone.settings.v1';

/**
 * Names the blade in the language the portal will speak, before the first paint (it runs as the
 * parser reaches it). Kept in plain ES5, inline, its hash allowed by the Content-Security-Policy.
 */
export function bootTitleScript(base: string): string {
  return `(function(){try{var t=document.getElementById('boot-title');var p=location.pathname;var b=${JSON.stringify(
    base,
  )};if(p.indexOf(b)===0)p=p.slice(b.length);p=p.replace(/\\/+$/,'');var n=${JSON.stringify(
    BOOT_TITLES,
  )}[p];if(!n)return;var l=new URLSearchParams(location.search).get('lang');if(!n[l]){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
    SETTINGS_KEY,
  )})||'null');l=s&&s.locale;}catch(e){}}t.textContent=n[l]||n['en-US'];t.className='boot-title';}catch(e){}})();`;
}

/** The frame's markup, inside #root. */
export const BOOT_FRAME = [
  '<div class="boot" aria-hidden="true">',
  '<div class="boot-top"><span class="boot-brand">Microsoft Azure</span></div>',
  '<div class="boot-nav"></div>',
  '<div class="boot-blade"><div class="boot-crumb"></div>',
  '<div id="boot-title" class="boot-title boot-grey"></div>',
  '<div class="boot-commands"></div><div class="boot-bar"></div>',
  '<div class="boot-row"></div><div class="boot-row"></div><div class="boot-row"></div>',
  '<div class="boot-row"></div><div class="boot-row"></div>',
  '</div></div>',
].join('');

/** Its styles, inline in the head: the first paint waits for no request. */
export const BOOT_STYLE = `
.boot{display:grid;grid-template-rows:40px 1fr;grid-template-columns:220px minmax(0,1fr);height:100vh;background:#fff}
.boot-top{grid-column:1/3;background:#1b1a19;color:#fff;font:600 16px/20px 'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;padding:10px 0 0 56px}
.boot-nav{background:#fafafa;border-right:1px solid #e0e0e0}
.boot-blade{padding:12px 24px}
.boot-crumb{width:160px;height:12px;margin:4px 0 12px;border-radius:2px;background:#f0f0f0}
.boot-title{height:32px;margin:0 0 8px;color:#242424;font-weight:600;font-size:24px;line-height:32px}
.boot-grey{width:200px;border-radius:2px;background:#f0f0f0}
.boot-commands{height:32px;margin:0 -24px 12px;border-bottom:1px solid #e0e0e0}
.boot-bar{width:min(280px,100%);height:24px;margin-bottom:20px;border-radius:4px;background:#f5f5f5}
.boot-row{height:20px;margin:0 0 24px;border-radius:2px;background:#f5f5f5}
@media (max-width:${MENU_ICONS_BELOW - 0.02}px){.boot{grid-template-columns:48px minmax(0,1fr)}}
@media ${PHONE_QUERY}{.boot{grid-template-columns:minmax(0,1fr)}.boot-top{grid-column:1;padding-left:36px}.boot-nav{display:none}.boot-blade{padding:12px}.boot-commands{margin:0 -12px 12px}}
`
  .trim()
  .replace(/\n/g, '');
