import { describe, expect, it } from 'vitest';
import { lazyMembers } from './lazy-members.js';

describe('lazyMembers', () => {
  it("makes each member on first use, once per object, from that object's argument", () => {
    const made: string[] = [];
    const make = lazyMembers({
      greeting: (name: string) => (made.push(`greeting ${name}`), { text: `Welcome to Fennimore Rail, ${name}` }),
      shout: (name: string) => (made.push(`shout ${name}`), name.toUpperCase()),
    });
    const ada = make('Ada');
    const bo = make('Bo');
    expect(made).toEqual([]);
    expect(ada.greeting.text).toBe('Welcome to Fennimore Rail, Ada');
    expect(ada.greeting).toBe(ada.greeting);
    expect(bo.greeting.text).toBe('Welcome to Fennimore Rail, Bo');
    expect(bo.greeting).not.toBe(ada.greeting);
    expect(made).toEqual(['greeting Ada', 'greeting Bo']);
  });
});
