import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A GraphML file read back: its nodes and edges with their data keys. */
export interface ParsedGraphml {
  nodes: Array<{ id: string; data: Record<string, string> }>;
  edges: Array<{ id: string; source: string; target: string; data: Record<string, string> }>;
}

type XmlData = { key: string; '#text'?: string | number | boolean };
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const dataOf = (data: XmlData | XmlData[] | undefined) =>
  Object.fromEntries(asList(data).map((d) => [d.key, String(d['#text'] ?? '')]));

/** Parses a GraphML document with a real XML parser; throws when it is not well-formed XML. */
export function parseGraphml(xml: string): ParsedGraphml {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(xml);
  const graph = parsed.graphml.graph;
  return {
    nodes: asList(graph.node).map((node: { id: string; data?: XmlData | XmlData[] }) => ({
      id: String(node.id),
      data: dataOf(node.data),
    })),
    edges: asList(graph.edge).map(
      (edge: { id: string; source: string; target: string; data?: XmlData | XmlData[] }) => ({
        id: String(edge.id),
        source: String(edge.source),
        target: String(edge.target),
        data: dataOf(edge.data),
      }),
    ),
  };
}
