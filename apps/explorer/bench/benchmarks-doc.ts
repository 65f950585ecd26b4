import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces the `## <heading>` section of a Markdown file (up to the next `## ` heading) with `body`,
 * appending the section when missing and creating the file when absent. Other sections are left untouched.
 */
export async function replaceMarkdownSection(file: string, heading: string, body: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const relativeEnd = lines.slice(start + 1).findIndex((line) => /^## /.test(line));
    const end = relativeEnd < 0 ? lines.length : start + 1 + relativeEnd;
    const after = lines.slice(end).join('\n');
    next = `${lines.slice(0, start).join('\n')}${start > 0 ? '\n' : ''}${section}${after ? `\n${after}` : ''}`;
  }
  await writeFile(file, next.endsWith('\n') ? next : `${next}\n`);
}
