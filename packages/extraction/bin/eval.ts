#!/usr/bin/env -S npx tsx
/**
 * `eval [--gold DIR] [--kinds layoff,restructuring] [--json] <folder>...` — extracts every article of the folders that
 * has a `<name>.gold.json` beside it (or in --gold DIR) and scores them together with the project's rules
 * (the same numbers as the shared score.mjs), then checks every span. Exit 1 on span problems, 2 on usage errors.
 * `npm run eval` passes `SCORE_KINDS=layoff,restructuring` from the environment as `--kinds` (package.json), as the
 * shared score.mjs reads it; this file reads no environment (configuration is read in one place).
 */
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/extract-document.js';
import { callerPath } from '../src/cli/cwd.js';
import { checkSpans } from '../src/eval/check-spans.js';
import { loadAnnotatedFolder } from '../src/eval/load-folder.js';
import { scoreDocuments } from '../src/eval/score.js';
import { formatScore, summarize } from '../src/eval/summarize.js';

const USAGE = `usage: eval [--gold DIR] [--kinds k1,k2] [--json] <folder>...
  --gold DIR      read <name>.gold.json from DIR instead of beside each article
  --kinds LIST    score only these event kinds (comma-separated)
  --json          print the summary as JSON
  -h, --help      this text
Exit codes: 0 scored, 1 span problems found, 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        gold: { type: 'string' },
        kinds: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (parsed.values.help) return (process.stdout.write(`${USAGE}\n`), 0);
  const folders = parsed.positionals;
  const goldDir = parsed.values.gold;
  const kinds = parsed.values.kinds?.split(',');
  const json = parsed.values.json ?? false;
  if (folders.length === 0) return usage('no folder given');
  const articles: Awaited<ReturnType<typeof loadAnnotatedFolder>> = [];
  for (const f of folders)
    articles.push(...(await loadAnnotatedFolder(callerPath(f), goldDir ? callerPath(goldDir) : undefined)));
  if (articles.length === 0) return usage(`no *.txt with a matching *.gold.json in ${folders.join(', ')}`);
  const docs = articles.map((a) => extractDocument({ text: a.text, uri: a.path }));
  const score = scoreDocuments(
    docs,
    articles.map((a) => a.gold),
    kinds,
  );
  let spans = 0;
  const problems: string[] = [];
  docs.forEach((d, i) => {
    const r = checkSpans(d, articles[i]!.text, articles[i]!.path.split('/').pop());
    spans += r.spans;
    problems.push(...r.problems);
  });
  if (json)
    process.stdout.write(
      JSON.stringify({ documents: docs.length, ...summarize(score), spans, spanProblems: problems.length }) + '\n',
    );
  else {
    process.stdout.write(formatScore(score) + '\n');
    problems.slice(0, 20).forEach((p) => process.stdout.write(p + '\n'));
    process.stdout.write(`${docs.length} documents, ${spans} spans checked, ${problems.length} problems\n`);
  }
  return problems.length ? 1 : 0;
}

function usage(msg: string): number {
  process.stderr.write(`eval: ${msg}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (c) => (process.exitCode = c),
  (e: unknown) => ((process.exitCode = 2), process.stderr.write(`eval: ${e instanceof Error ? e.stack : String(e)}\n`)),
);
