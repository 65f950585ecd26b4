/** The node types the explorer colours, in legend order, with their colours (AA contrast on white). */
export const NODE_TYPES = ['Company', 'Division', 'Person', 'Product', 'Event', 'Source'] as const;

export type NodeType = (typeof NODE_TYPES)[number];

/** Strong colour (text, borders, graph nodes) and a light tint (highlight backgrounds) per type. */
export const TYPE_COLOURS: Record<NodeType, { strong: string; tint: string }> = {
  Company: { strong: '#1d4ed8', tint: '#dbeafe' },
  Division: { strong: '#0f766e', tint: '#ccfbf1' },
  Person: { strong: '#b45309', tint: '#fef3c7' },
  Product: { strong: '#7e22ce', tint: '#f3e8ff' },
  Event: { strong: '#be123c', tint: '#ffe4e6' },
  Source: { strong: '#475569', tint: '#e2e8f0' },
};

const FALLBACK = { strong: '#374151', tint: '#f3f4f6' };

/** Colours for a type; unknown types get neutral grey. */
export function typeColours(type: string): { strong: string; tint: string } {
  return (TYPE_COLOURS as Record<string, { strong: string; tint: string }>)[type] ?? FALLBACK;
}

/** A CSS class suffix for a type: `t-company`, `t-person`, … (`t-other` when unknown). */
export function typeClass(type: string): string {
  return (NODE_TYPES as readonly string[]).includes(type) ? `t-${type.toLowerCase()}` : 't-other';
}
