import { isPlace } from '../gazetteer/lexicon/places.js';

/**
 * Places whose names hold a lower-case particle — "Porto del Orsk", "Vila Nova de Vessla" (shapes of the gazetteer's
 * places) — break a run of capitalised words at the particle, which leaves their first word(s) alone ("Porto", "Vila
 * Nova"), and that word is then read as a name of its own ("its Porto del Orsk unit … the layoffs in Porto would begin").
 * `placeHeadsBeforeParticle` lists, for one text, the words that open such a place written out there in full: alone,
 * they are that place's short form, no company. A generic language resource: no organization is named.
 */
const PARTICLE_PLACE_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (es|de|do|da|dos|das|del|della|di|du|des|el|al|la|le|am|an|im|sur|sous|en) (\p{Lu}[\p{L}'’-]+)(?: (\p{Lu}[\p{L}'’-]+))?/gu;

/** The first words (one or two) of places with a lower-case particle that the text writes out in full. */
export function placeHeadsBeforeParticle(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PARTICLE_PLACE_RE)) {
    const head = m[1]!;
    const short = `${head} ${m[2]} ${m[3]}`;
    if (isPlace(short) || (m[4] !== undefined && isPlace(`${short} ${m[4]}`))) out.add(head);
  }
  return out;
}
