import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { documentToArticle } from '../src/html/html-to-article.ts';
const dir = 'fixtures/pages/';
const pages = readdirSync(dir).map((f) => [f, readFileSync(dir + f, 'utf8')] as const);
const run = (name: string, parse: (h: string) => any) => {
  const out: Record<string, string> = {};
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    for (let i = 0; i < 40; i++) for (const [f, h] of pages) out[f] = JSON.stringify(documentToArticle(parse(h), f));
    console.log(name, 'round', round, ((40 * pages.length) / ((performance.now() - t) / 1000)).toFixed(0), 'pages/s');
  }
  return out;
};
const a = run('linkedom', (h) => parseHTML(h).document);
const b = run('jsdom', (h) => new JSDOM(h).window.document);
for (const f of Object.keys(a)) console.log(f, a[f] === b[f] ? 'same' : 'DIFFERENT\n' + a[f] + '\n' + b[f]);
