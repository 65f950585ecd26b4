import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/** Every post a person holds, as "title @ organization". */
function posts(text: string, person: string): string[] {
  const x = extract(text);
  const id = x.entity(person)?.id;
  const name = (oid: string) => x.doc.entities.find((e) => e.id === oid)?.name;
  return x.doc.relations
    .filter((r) => r.type === 'HOLDS_ROLE' && r.from === id)
    .map((r) => `${r.title} @ ${name(r.to)}`);
}

describe('a title that names two organizations', () => {
  const lede = 'Kestrel Bank said on Tuesday it would cut 900 jobs across Norway.\n\n';

  it('is the same post at each when "and of" joins them', () => {
    const text = lede + 'Tom Blake, president of the Hallberg Group and of Kestrel Bank, said the move was overdue.';
    expect(posts(text, 'Tom Blake')).toEqual(['president @ Hallberg Group', 'president @ Kestrel Bank']);
  });

  it('keeps a lower-case company noun after the first name out of the second post', () => {
    const text =
      lede +
      'The Hallberg Group owns a quarter of the bank.\n\n' +
      'Tom Blake, chairman of the Hallberg group and of Kestrel Bank, said the move was overdue.';
    expect(posts(text, 'Tom Blake')).toEqual(['chairman @ Hallberg Group', 'chairman @ Kestrel Bank']);
  });

  it('is two posts when each organization has its own title', () => {
    const text =
      lede + 'Per Berg, chief executive of Vessla Holdings and chairman of Kestrel Bank, declined to comment.';
    expect(posts(text, 'Per Berg')).toEqual(['chief executive @ Vessla Holdings', 'chairman @ Kestrel Bank']);
  });

  it('stays one post when the second name is only part of the first post', () => {
    const text = lede + "Ann Lee, head of Vessla Holdings' joint venture with Kestrel Bank, said the plan was sound.";
    expect(posts(text, 'Ann Lee')).toHaveLength(1);
  });
});
