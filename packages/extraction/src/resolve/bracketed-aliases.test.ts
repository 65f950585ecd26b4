import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an acronym in brackets after an organization is its name from then on', () => {
  it('"Vellmora South Africa (VMSA) … talks with VMSA … 69% of VMSA": one organization, every use its mention', () => {
    const x = extract(
      'Vellmora South Africa (VMSA) will wind down its long steel business.\n\n' +
        'The state development bank had been in talks with VMSA for months. Vellmora, the parent, owns about 69% of VMSA.',
    );
    const unit = x.doc.entities.find((e) => e.name === 'Vellmora South Africa');
    expect(unit?.mentions.filter((m) => m.text === 'VMSA')).toHaveLength(3);
    expect(x.names().filter((n) => n === 'VMSA')).toEqual([]);
  });
});
