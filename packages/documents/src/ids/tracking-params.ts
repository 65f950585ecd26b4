/**
 * Query parameters that only say how a reader arrived (campaign tags, click ids, newsletter ids, share widgets)
 * and never change what a news URL shows; the canonical URI drops them. Names compare case-insensitively;
 * every `utm_…` name is included. Anything not listed is kept: an unknown parameter may select a page.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  '_ga',
  '_gl',
  'ocid',
  'ncid',
  'cmpid',
  'sr_share',
  'smid',
  'smtyp',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'amp',
]);

/** True for a query parameter name that the canonical URI drops (see TRACKING_PARAMS). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}
