import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvChunk } from './csv';
import { GRAPHML_END, graphmlEdge, graphmlNode, graphmlStart, xmlEscape } from './graphml';

describe('CSV pages', () => {
  it('round-trip through a real parser: quotes, commas, new lines, unicode; header once', () => {
    const rows = [
      { id: 'event:a', quote: 'He said, "cut 14,000" —\nnow', count: 14_000 },
      { id: 'event:b', quote: 'ünïcødé; ok', count: null },
    ];
    const text =
      csvChunk(rows.slice(0, 1), ['id', 'quote', 'count'], true) +
      csvChunk(rows.slice(1), ['id', 'quote', 'count'], false);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      { id: 'event:a', quote: 'He said, "cut 14,000" —\nnow', count: '14000' },
      { id: 'event:b', quote: 'ünïcødé; ok', count: '' },
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const text = csvChunk([{ a: '=HYPERLINK("x")', b: '-12', c: '@SUM(A1)' }], ['a', 'b', 'c'], false);
    expect(Papa.parse<string[]>(text.trim()).data[0]).toEqual([`'=HYPERLINK("x")`, `'-12`, `'@SUM(A1)`]);
  });
});

describe('GraphML', () => {
  it('is valid XML that parses back to the same ids, data and escaped text', () => {
    const xml =
      graphmlStart(
        [
          { id: 'label', for: 'node', type: 'string' },
          { id: 'quote', for: 'edge', type: 'string' },
        ],
        'g',
      ) +
      graphmlNode('company:a&b', { label: 'A & B <"x"> \u0001\u0008 ok', missing: null }) +
      graphmlNode('person:c', { label: 'C' }) +
      graphmlEdge('e1', 'person:c', 'company:a&b', { quote: "it's “quoted”" }) +
      GRAPHML_END;
    expect(XMLValidator.validate(xml)).toBe(true);
    // eslint-disable-next-line no-control-regex -- the control characters the export must have dropped
    expect(xml).not.toMatch(/[\u0001\u0008]/);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const graph = parsed.graphml.graph;
    expect(graph.node[0]).toEqual({ id: 'company:a&b', data: { '#text': 'A & B <"x">  ok', key: 'label' } });
    expect(graph.edge).toEqual({
      id: 'e1',
      source: 'person:c',
      target: 'company:a&b',
      data: { '#text': "it's “quoted”", key: 'quote' },
    });
    expect(xmlEscape('\uFFFE\uD800x')).toBe('x');
  });
});
