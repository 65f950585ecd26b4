import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces the `## Extraction` section of the benchmarks file (up to the next `## ` heading) with `section`,
 * or appends it; creates the file when missing. Other sections are left untouched.
 */
export function writeSection(file: string, section: string): void {
  const body = section.trimEnd() + '\n';
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `# Benchmarks\n\n${body}`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.search(/^## Extraction\s*$/m);
  if (start < 0) {
    writeFileSync(file, text.trimEnd() + '\n\n' + body);
    return;
  }
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  writeFileSync(file, text.slice(0, start) + body + (next < 0 ? '' : '\n' + text.slice(end)));
}

/** Replaces the section titled `## <title>` (up to the next `## ` heading) with `section`, or appends it. */
export function replaceSection(file: string, title: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = `## ${title}`;
  const start = text.split('\n').findIndex((line) => line.trim() === heading);
  const body = section.trimEnd() + '\n';
  if (start < 0) return writeFileSync(file, text.trimEnd() + '\n\n' + body);
  const lines = text.split('\n');
  let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (end < 0) end = lines.length;
  writeFileSync(file, [...lines.slice(0, start), body, ...lines.slice(end)].join('\n'));
}
