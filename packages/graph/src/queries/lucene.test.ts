import { describe, expect, it } from 'vitest';
import { escapeLucene, nameSearchLucene } from './lucene.js';

describe('Lucene escaping', () => {
  it('escapes every operator character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases words so boolean operators become plain words', () => {
    expect(nameSearchLucene('Jassy AND OR', 'words')).toBe('"jassy and or"^4 OR (jassy AND and AND or)^2');
  });

  it('lets the last word be unfinished in prefix mode and allows typos in fuzzy mode', () => {
    expect(nameSearchLucene('andy ja')).toBe('"andy ja"^4 OR (andy AND ja)^2 OR (andy AND ja*)');
    expect(nameSearchLucene('Garmann', 'fuzzy')).toBe('"garmann"^4 OR (garmann)^2 OR (garmann*) OR (garmann~1)');
  });

  it('returns null for blank input', () => {
    expect(nameSearchLucene('   ')).toBeNull();
  });
});
