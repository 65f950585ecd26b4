import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a post given in the next sentence', () => {
  it('"<Name> did X. The <title of Org>, who …, said": the title is that person\'s', () => {
    const x = extract(
      'Brenmark Steel will close its mill.\n\nIrma Vos did not call the deal a victory. The national president of the Kovar Metalworkers Union, who led the protests, said the fight would go on.',
    );
    expect(x.role('Irma Vos')).toEqual({
      title: 'national president of the Kovar Metalworkers Union',
      org: 'Kovar Metalworkers Union',
    });
  });

  it('"The former <post>, now <post>, said": the post held now', () => {
    const x = extract(
      'Brenmark Steel will close its mill.\n\nIrma Vos said workers had not been told. The former mayor, now general secretary of the Kovar Metalworkers Union, said it was poor form.',
    );
    expect(x.role('Irma Vos')?.title).toBe('general secretary of the Kovar Metalworkers Union');
  });

  it('not when the title belongs to another person named after it', () => {
    const x = extract(
      'Brenmark Steel will close its mill.\n\nIrma Vos said workers had not been told. The president of the Kovar Metalworkers Union, Aart Bos, said it was poor form.',
    );
    expect(x.role('Irma Vos')).toBeNull();
  });
});
