/**
 * The build's two largest memory peaks take turns. Pagefind's process holds most memory
 * while it writes the search index (integrations/search-index.ts), alongside the page
 * rendering; the main feed, which carries every essay's text (pages/rss.xml.ts), is Astro's
 * largest single page and comes near the end. When Pagefind was still writing as the main
 * feed was made, the two together took a 4,000-essay build past 2 GiB. The main feed now
 * waits until the index is written (or has failed: the build reports that at its end), while
 * the other pages go on rendering.
 *
 * The integration and the feed's endpoint are separate module instances in one process: the
 * promise travels through a process-wide slot (lib/process-slot.ts).
 */
import { processSlot } from './process-slot.ts';

const indexWritten = processSlot<Promise<unknown>>('archive.search-index-written');

/** Tells the rest of the build that the search index is being written, until `written` settles. */
export function announceIndexWriting(written: Promise<unknown>): void {
  indexWritten.set(written);
}

/** Resolves once the search index announced in this process is written or has failed; at once if none is. */
export async function indexWritingDone(): Promise<void> {
  const written = indexWritten.get();
  if (!written) return;
  try {
    await written;
  } catch {
    // Reported by the search index integration when the build ends.
  }
}
