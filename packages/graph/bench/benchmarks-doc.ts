import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces (or appends) the `## <heading>` section of a Markdown file, leaving every other section as it is
 * (other packages write their own sections of docs/BENCHMARKS.md).
 */
export function writeSection(file: string, heading: string, body: string): void {
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : "# Benchmarks\n\nNumbers from `npm run bench`; each section is written by its package's benchmark.\n";
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) {
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  const next = [...lines.slice(0, start), ...section.split('\n'), ...lines.slice(end)].join('\n');
  writeFileSync(file, `${next.trimEnd()}\n`);
}

/** A Markdown table. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
