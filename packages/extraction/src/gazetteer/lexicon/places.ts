import { CITIES, COUNTRIES, DEMONYMS, SUBDIVISIONS } from '../data/places.js';
import { stripAccents } from '../../text/char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const WORD_INITIAL_RE = /(^|[\s-])(\p{L})/gu;

/** Continents, regions and blocs news names like places (hand-written; no organization among them). */
const REGIONS =
  'U.S|US|USA|U.S.A|UK|U.K|EU|UAE|Africa|Asia|Europe|Oceania|Antarctica|America|Americas|North America|South America|Latin America|Central America|Middle East|Near East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|Asia-Pacific|Asia Pacific|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Scandinavia|Nordics|Baltics|Balkans|Caribbean|Gulf|Persian Gulf|Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Mainland China|Greater China|Silicon Valley|Wall Street|Midwest|Bay Area|EMEA|APAC|LATAM|Benelux|Mediterranean|Pacific|Atlantic|Arctic|Lower Saxony|Bavaria|Baden-Württemberg|North Rhine-Westphalia|Saxony|Catalonia|Lombardy|Ontario|Quebec|Alberta|British Columbia|California|Texas|New York|Florida|Michigan|Ohio|Washington|Massachusetts|Illinois|Tamil Nadu|Maharashtra|Karnataka|Gujarat|Guangdong|Zhejiang|Jiangsu|Shandong|Hokkaido|Kyushu|Lagos State|Gauteng|Queensland|Victoria|New South Wales|Wales|Scotland|England|Northern Ireland|Britain|Korea|Czech Republic|Turkey|DRC';

const split = (s: string): string[] => s.split('|');

/**
 * Cities as English news writes them besides their local names: without accents ("Zürich" → "Zurich", "Malmö" →
 * "Malmo") and without a river or district after "am", "an der", "upon" ("Frankfurt am Main" → "Frankfurt").
 */
function englishForms(cities: readonly string[]): string[] {
  const out: string[] = [];
  for (const city of cities) {
    const plain = stripAccents(city);
    if (plain !== city) out.push(plain);
    const lead = RIVER_TAIL_RE.exec(city);
    if (lead) out.push(lead[1]!);
  }
  return out;
}
const RIVER_TAIL_RE = /^(\p{Lu}[\p{L}-]+) (?:am|an der|an|upon|im|in der) \p{Lu}/u;

/**
 * Country, region, city and subdivision names (countries, cities and ISO 3166-2 states, provinces and prefectures
 * generated from registry data, see data/places.ts): "Gauteng", "Bavaria", "Sao Paulo" are never companies.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...split(COUNTRIES),
  ...split(CITIES),
  ...englishForms(split(CITIES)),
  ...split(SUBDIVISIONS),
  ...englishForms(split(SUBDIVISIONS)),
  ...split(REGIONS),
]);

/**
 * Nationality and regional adjectives ("German", "South African", "Nordic"): they describe an organization
 * ("Swedish automaker …") and are never one.
 */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  ...split(DEMONYMS),
  ...'European|Asian|African|Latin American|Middle Eastern|Nordic|Scandinavian|Gulf|Arab|Western|Eastern|Northern|Southern|Pan-European|Anglo-Dutch|Anglo-Australian|Franco-German|Sino-Japanese|Hong Kong|Dutch|British|English|Scottish|Welsh|Irish|Flemish|Bavarian|Catalan|Basque|Emirati|Saudi|Taiwanese|Korean|Filipino|Czech|Slovak|Swiss|Danish|Finnish|Swedish|Norwegian|Icelandic|Kenyan|Nigerian|Ghanaian|Egyptian|Moroccan|Mexican|Brazilian|Chilean|Colombian|Peruvian|Argentine|Argentinian|Indonesian|Malaysian|Thai|Vietnamese|Japanese|Chinese|Indian|Pakistani|Bangladeshi|American|Canadian|Australian|Israeli|Turkish|Russian|Ukrainian|Polish|German|French|Italian|Spanish|Portuguese|Greek|Austrian|Belgian|Hungarian|Romanian'.split(
    '|',
  ),
  // Adjectives of a country the demonym list lacks ("the Philippine unit of Kestrel", "an Ecuadorian subsidiary").
  ...'Philippine|Ecuadorian|Kazakh|Uzbek|Bosnian|Maldivian|Luxembourgish|Surinamese'.split('|'),
]);

/** A nation's people whose name is not its adjective and an "s" ("Danes", "Swedes", "Britons", "Frenchmen"). */
const IRREGULAR_PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  'Danes|Swedes|Finns|Poles|Scots|Brits|Britons|Turks|Spaniards|Croats|Serbs|Arabs|Kurds|Icelanders|Luxembourgers|New Zealanders|Dutchmen|Frenchmen|Englishmen|Irishmen|Welshmen|Scotsmen'.split(
    '|',
  ),
);

/** "Kenyans", "Germans", "Danes": a nationality's people, never an organization. */
export function isNationalityPlural(name: string): boolean {
  return (
    (name.length > 4 && name.endsWith('s') && NATIONALITIES.has(name.slice(0, -1))) ||
    IRREGULAR_PEOPLE_PLURALS.has(name)
  );
}

const COUNTRY_OR_REGION: ReadonlySet<string> = new Set([...split(COUNTRIES), ...split(REGIONS)]);

/** True for a country or region name ("Japan", "Hong Kong", "Southeast Asia"), never a company's. */
export function isCountryOrRegion(name: string): boolean {
  return COUNTRY_OR_REGION.has(name);
}

/** True for a country, city or region name as written ("Hong Kong", "Wolfsburg", "Southeast Asia"). */
export function isPlace(name: string): boolean {
  if (PLACE_NAMES.has(name)) return true;
  // "TOKYO", "SAO PAULO" in datelines: an all-capitals place.
  return name.length > 3 && name === name.toUpperCase() && PLACE_NAMES.has(titleCase(name));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_INITIAL_RE, (_, a: string, b: string) => a + b.toUpperCase());
}
