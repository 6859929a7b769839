/**
 * Settings for the native memory allocators inside the build, so that the memory they free
 * goes back to the system instead of staying with the process.
 *
 * Three parts of the build are native code with an allocator of their own: Vite's bundler
 * (Rolldown) and Astro's compiler use mimalloc, Pagefind uses jemalloc. By default both keep
 * freed memory for later:
 * - mimalloc gives it back only after a delay that passes while the thread that freed it
 *   allocates again. The bundler's threads stop once the bundle is written, so what they
 *   freed stayed in the build's process while every page rendered: about 280 MB at 4,000
 *   essays. With its arenas committed up front, it also only marks freed pages as reusable,
 *   which still counts in the process's memory until the system runs short.
 * - jemalloc gives freed memory back 10 seconds later. Pagefind's largest moment is writing
 *   the index, and what it freed just before stayed with it.
 *
 * Both peaks come while Astro renders the pages. At 4,000 essays of the benchmark's first
 * corpus, the peak memory of the whole build (Pagefind's process included) went from 1,869 MB
 * to 1,401 MB with these settings, in the same build time (docs/performance.md, fifth round).
 * Pagefind gives its memory back after a second rather than at once: with the words of real
 * text it frees so often that giving back at once cost it about 6 s of processor time at
 * 4,000 essays, most of it in the kernel, for about 100 MB less at its peak (sixth round).
 *
 * They are environment variables, read when each library starts: for the build's own process,
 * before Astro loads its bundler (`scripts/build.ts`, which is `npm run build`); for Pagefind,
 * when its process is started (`withEnvironment`). A value already set is kept, so anyone can
 * still tune them. Elsewhere (another allocator, another version) they are simply unused.
 */

/** mimalloc (Rolldown, Astro's compiler): give freed memory back at once, pages committed as needed. */
export const BUILD_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** jemalloc as Pagefind's binary names it (`_RJEM_` prefix): give freed memory back after a second. */
export const PAGEFIND_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:1000,muzzy_decay_ms:0',
};

/** Sets each of `settings` that `env` does not have yet; returns the names it set. */
export function setUnset(env: NodeJS.ProcessEnv, settings: Readonly<Record<string, string>>): string[] {
  const set: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}

/**
 * Runs `start` with `settings` in this process's environment where unset, then takes them out
 * again. For libraries that start a child process with the environment as it is (Pagefind's
 * service is started synchronously, inside `createIndex`), without passing them on to every
 * later child of the build.
 */
export function withEnvironment<T>(settings: Readonly<Record<string, string>>, start: () => T): T {
  const set = setUnset(process.env, settings);
  try {
    return start();
  } finally {
    for (const name of set) delete process.env[name];
  }
}
