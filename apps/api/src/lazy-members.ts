/** Where an object made by `lazyMembers` keeps the argument its members are made from. */
const ARGUMENT = Symbol('lazy members argument');

/**
 * A maker of objects whose members are made on first use, each once per object, from the argument the object was
 * made with. The getters live on one shared prototype, so making an object costs one allocation however many
 * members it offers: the per-request loaders (some forty DataLoaders, of which a read uses one or two) were
 * otherwise all built, and collected, for every request.
 */
export function lazyMembers<F extends Record<string, (argument: never) => unknown>>(
  factories: F,
): (argument: Parameters<F[keyof F]>[0]) => { readonly [K in keyof F]: ReturnType<F[K]> } {
  const prototype: object = {};
  for (const key of Object.keys(factories)) {
    Object.defineProperty(prototype, key, {
      enumerable: true,
      get(this: Record<PropertyKey, unknown>) {
        const value = factories[key]!(this[ARGUMENT] as never);
        Object.defineProperty(this, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return (argument) => {
    const made = Object.create(prototype) as Record<PropertyKey, unknown>;
    made[ARGUMENT] = argument;
    return made as { readonly [K in keyof F]: ReturnType<F[K]> };
  };
}
