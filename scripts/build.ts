/**
 * `npm run build`: Astro's build, with the settings that make the build's native allocators
 * give freed memory back (src/lib/allocator-env.ts). The allocators read them when their
 * libraries load, which Astro's command does as it starts: so they are set here, in the same
 * process, before Astro's command is loaded. Arguments go to `astro build`
 * (`npm run build -- --outDir elsewhere`).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_ALLOCATOR_ENV, setUnset } from '../src/lib/allocator-env.ts';

let astro: string;
try {
  astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
} catch {
  console.error('Astro is not installed in this folder: run `npm install` first, then `npm run build` again.');
  process.exit(1);
}
setUnset(process.env, BUILD_ALLOCATOR_ENV);
process.argv = [process.execPath, astro, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astro).href);
