/**
 * A value shared by every copy of a module in this process.
 *
 * In a build, the integrations are imported by Node and the content config, pages and
 * endpoints by Vite: the same source file is two module instances, with two sets of
 * module-level variables. What one hands the other (validated entries to the loaders, the
 * text of each body to the reading time) travels through `globalThis`, under a
 * `Symbol.for` key that both instances find.
 */
export interface ProcessSlot<T> {
  get(): T | undefined;
  set(value: T): void;
  clear(): void;
}

/** The slot named `key` (a `Symbol.for` key: "archive.<what>"). */
export function processSlot<T>(key: string): ProcessSlot<T> {
  const symbol = Symbol.for(key);
  const holder = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => holder[symbol],
    set: (value) => {
      holder[symbol] = value;
    },
    clear: () => {
      delete holder[symbol];
    },
  };
}
