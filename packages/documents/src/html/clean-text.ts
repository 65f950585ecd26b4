import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { isBoilerplate } from './boilerplate.js';

const END_BLOCK = Symbol('end of block');

/** Elements after which a reader sees a new paragraph. */
const BLOCK_TAGS = new Set(
  'p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tfoot tr td th hr address details summary center'.split(
    ' ',
  ),
);

/**
 * The text a reader sees in `root`: paragraphs (block elements) separated by a blank line, `<br>` as a line
 * break, whitespace inside a paragraph collapsed to one space, boilerplate (see isBoilerplate) skipped.
 * Block boundaries matter: "…in Europe.</p><p>The company…" must not become "Europe.The company".
 */
export function cleanText(root: DomElement): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // Iterative (an explicit stack): a page of 100,000 nested elements must not overflow the call stack.
  const stack: Array<DomNode | typeof END_BLOCK> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_BLOCK) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    const tag = el.localName?.toLowerCase() ?? '';
    if (tag === 'br') {
      endLine();
      continue;
    }
    if (isBoilerplate(el)) continue;
    if (BLOCK_TAGS.has(tag)) {
      endParagraph();
      stack.push(END_BLOCK);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
