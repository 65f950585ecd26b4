import { describe, expect, it } from 'vitest';
import { escapeLucene, nameSearchLucene } from './lucene.js';

describe('Lucene escaping', () => {
  it('escapes every operator character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases words so boolean operators become plain words', () => {
    expect(nameSearchLucene('Jassy AND OR')).toBe('"jassy and or"^4 OR (jassy* AND and* AND or*)^2');
    expect(nameSearchLucene('Jassy AND OR', { fuzzy: true })).toBe('"jassy and or"^4 OR (jassy* AND and* AND or*)^2 OR (jassy~1 AND and AND or)');
  });

  it('returns null for blank input', () => {
    expect(nameSearchLucene('   ')).toBeNull();
  });
});
