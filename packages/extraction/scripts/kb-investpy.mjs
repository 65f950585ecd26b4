import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Listed companies of 90 countries from investpy (PyPI, MIT): the ~40,000 stocks of its bundled
// resources/stocks.csv, by their full names (the short column is often the full name cut to fit: "Daewoo
// Shipbuilding" for "Daewoo Shipbuilding & Marine Engineering", which would read as another company). Used by build-lexicon.mjs; needs python3
// with pip (only when the lists are rebuilt). The source distribution is read, not installed.

const DUMP = `
import csv, io, json, sys, tarfile
t = tarfile.open(sys.argv[1])
m = next(m for m in t.getmembers() if m.name.endswith('investpy/resources/stocks.csv'))
rows = csv.DictReader(io.TextIOWrapper(t.extractfile(m), encoding='utf-8'))
print(json.dumps(sorted({r['full_name'] or r['name'] for r in rows if r['full_name'] or r['name']})))
`;

/** Downloads the pinned source distribution into `dir` (pip, no install) and returns its stocks' full names. */
export function readInvestpyCompanies(dir, spec) {
  execFileSync('python3', ['-m', 'pip', 'download', '--no-deps', '-q', '-d', dir, spec], {
    stdio: 'inherit',
  });
  const archive = readdirSync(dir).find((f) => f.startsWith('investpy-') && f.endsWith('.tar.gz'));
  if (!archive) throw new Error(`no investpy source distribution in ${dir}`);
  return JSON.parse(
    execFileSync('python3', ['-c', DUMP, join(dir, archive)], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
}

/** A share line's tail: depositary receipts, share classes, board and unit markers ("ADR", "PN", "Class A", "F"). */
const SHARE_TAIL_RE =
  /\s+(?:ADR|ADS|DRC|GDR|NVDR|PK|ORD|ON|PN|PNA|PNB|UNT|Units?|DR|Pref|Preferred|Class\s+[A-Z]|Cl\s+[A-Z]|[A-Z]|Non-Voting|Shs|Wts?|Warrants?|Rights?|Reg|Vz)\.?$/u;
/** A legal form closing the name (the group words "Group" and "Holdings" stay: news writes them). */
const LEGAL_TAIL_RE =
  /,?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|AG|SE|SA|S\.A|NV|N\.V|AB|ASA|A\/S|AS|Oyj|SpA|S\.p\.A|KGaA|GmbH|PCL|Pcl|Tbk|Bhd|Berhad|JSC|PJSC|OJSC|PAO|OAO|SAB de CV|SAB|de CV|SAA|SAIC|LLC|LP|KK|NL|Public|Public Co|Public Company)\.?$/u;
/** Abbreviations of exchange listings ("Intl", "Hldgs"): a name cut to fit a column, not the one news writes. */
const ABBREVIATED_RE =
  /\b(?:Intl|Hldgs?|Hldg|Grp|Inds?|Mfg|Svcs?|Bk|Natl|Cos|Dev|Props?|Ent|Mgmt|Amer|Fin|Tech|Tel|Comm|Invt|Inv|Pwr|Elec|Ind|Res|Sys|Gp|Hld|Co)\b(?!\.)/u;

/**
 * The name news writes for a listed stock, or null: share-class and legal tails dropped ("Heineken Holding NV" →
 * "Heineken Holding", "LATAM Airlines Group SA ADR" → "LATAM Airlines Group"); abbreviated listings ("Thai Airways
 * Intl"), names with characters no name has, and words shouted in capitals ("PETROBRAS") give none.
 */
export function cleanInvestpyName(raw) {
  let name = raw.replace(/–/g, '-').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) {
    const next = name.replace(SHARE_TAIL_RE, '').replace(LEGAL_TAIL_RE, '').trim();
    if (next === name) break;
    name = next;
  }
  if (name.length < 3 || name.length > 60 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  if (!/^[\p{L}\p{N} &.'-]+$/u.test(name) || ABBREVIATED_RE.test(name)) return null;
  if (name.split(' ').some((w) => w.length >= 5 && w === w.toUpperCase() && /\p{Lu}/u.test(w))) return null;
  return name;
}
