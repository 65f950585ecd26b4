/**
 * A small GraphML writer. Hand-written because the streaming API of xmlbuilder2 (measured first) passed control
 * characters such as U+0001 through unescaped, which makes the file invalid XML 1.0; here every value is escaped
 * and characters XML 1.0 forbids are dropped. Tested by parsing the output back.
 */

/** A data key: a property of nodes or edges. */
export interface GraphmlKey {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'int' | 'boolean';
}

/** Characters XML 1.0 does not allow anywhere (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- the allowed controls (tab, LF, CR) must be named to be allowed
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or an attribute value, escaped for XML and stripped of characters XML cannot hold. */
export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The document's start: the GraphML namespace, the keys, and the directed graph element. */
export function graphmlStart(keys: readonly GraphmlKey[], graphId: string): string {
  const declared = keys
    .map(
      (key) =>
        `  <key id="${xmlEscape(key.id)}" for="${key.for}" attr.name="${xmlEscape(key.id)}" attr.type="${key.type}"/>\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n${declared}  <graph id="${xmlEscape(graphId)}" edgedefault="directed">\n`;
}

const dataOf = (data: Record<string, string | number | boolean | null | undefined>) =>
  Object.entries(data)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `      <data key="${xmlEscape(key)}">${xmlEscape(String(value))}</data>\n`)
    .join('');

/** A node with its data. */
export function graphmlNode(id: string, data: Record<string, string | number | boolean | null | undefined>): string {
  return `    <node id="${xmlEscape(id)}">\n${dataOf(data)}    </node>\n`;
}

/** An edge from `source` to `target` with its data. */
export function graphmlEdge(
  id: string,
  source: string,
  target: string,
  data: Record<string, string | number | boolean | null | undefined>,
): string {
  return `    <edge id="${xmlEscape(id)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n${dataOf(data)}    </edge>\n`;
}

/** The document's end. */
export const GRAPHML_END = '  </graph>\n</graphml>\n';
