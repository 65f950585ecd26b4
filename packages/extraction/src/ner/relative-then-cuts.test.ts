import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a rival introduced with a relative clause and then cutting staff', () => {
  it.each([
    [
      'whose',
      'Rivals are shrinking. Vellora Soft, whose engine many studios use, let go of about 600 employees in May.',
      'Vellora Soft',
    ],
    [
      'which',
      'Many edtechs cut too. Ombrana, which counts Tessel among its backers, let go of about 600 people in April.',
      'Ombrana',
    ],
  ])('%s', (_, text, name) => {
    const x = extract(text);
    expect(x.entity(name)?.type).toBe('Company');
    expect(x.events()).toMatchObject([{ org: name, count: 600 }]);
  });
});
