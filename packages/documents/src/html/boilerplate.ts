import type { DomElement } from './dom.js';

/** Elements that are never article text: navigation, chrome, media and its captions, forms, embedded code. */
export const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'figure',
  'figcaption',
  'picture',
  'img',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'dialog',
  'amp-img',
  'amp-ad',
  'amp-embed',
  'amp-analytics',
  'amp-social-share',
]);

/** Words that mark a block as boilerplate when one is a whole token of its class or id ("related-stories", "ad-slot"). */
const BOILERPLATE_TOKENS = new Set([
  'related',
  'recommended',
  'recirc',
  'newsletter',
  'promo',
  'share',
  'sharing',
  'social',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'subscribe',
  'subscription',
  'paywall',
  'comments',
  'comment',
  'trending',
  'popular',
  'breadcrumb',
  'breadcrumbs',
  'caption',
  'byline',
  'dateline',
  'timestamp',
  'outbrain',
  'taboola',
  'cookie',
  'consent',
  'signup',
  'modal',
  'toolbar',
  'footer',
  'sidebar',
  'navigation',
  'menu',
]);

const ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert']);

/** True for an element that is page chrome rather than article text (by tag, ARIA role, `hidden`, class or id). */
export function isBoilerplate(el: DomElement): boolean {
  const tag = el.localName?.toLowerCase() ?? '';
  if (NON_TEXT_TAGS.has(tag)) return true;
  if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // A date on a line of its own (a dateline) is metadata, read from the page already.
  if (tag === 'time' && isDateline(el)) return true;
  const role = el.getAttribute('role');
  if (role && ROLES.has(role.toLowerCase())) return true;
  const names = `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`.toLowerCase();
  if (!names.trim()) return false;
  return names.split(/[\s_-]+/).some((token) => BOILERPLATE_TOKENS.has(token));
}

/** Removes boilerplate elements below `root` (outermost first, so nothing is visited twice). */
export function removeBoilerplate(root: DomElement): void {
  const doomed: DomElement[] = [];
  const stack: DomElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      if (isBoilerplate(child)) doomed.push(child);
      else stack.push(child);
    }
  }
  for (const el of doomed) el.remove();
}

const CONTAINERS = new Set(['article', 'header', 'div', 'section', 'main', 'body']);

/** A `<time>` standing between blocks, or alone in its paragraph: a dateline, not a sentence. */
function isDateline(el: DomElement): boolean {
  const parent = el.parentNode as DomElement | null;
  if (!parent) return false;
  if (CONTAINERS.has(parent.localName?.toLowerCase() ?? '')) return true;
  return (parent.textContent ?? '').trim() === (el.textContent ?? '').trim();
}
