/**
 * What a body names by address. Images in the text (Markdown, raw HTML and MDX) are files the
 * build reads: they must lie inside the content folder (real paths, links followed) and be
 * images by their content, never SVG. MDX imports are the MDX check's (checks/mdx.ts). Links on a page
 * that is published must not lead to an essay that is not (a draft, or one scheduled after
 * `today`): the link would publish the essay's address.
 */
import { dirname } from 'node:path';
import { linkedEssay } from '../../lib/essay-links.ts';
import { entryPath } from '../../lib/urls.ts';
import { essayVisibility, type Publishable } from '../../lib/visibility.ts';
import { bodyReferences, type BodyReference } from '../body-references.ts';
import { locate, type ContentRoot } from '../containment.ts';
import { positionAt } from '../source.ts';
import type { Candidate, Reporter } from '../types.ts';
import { imageProblem, placeProblem } from './files.ts';

/** Essays that are not published on `today`, by id, with how to say why. */
function unpublishedEssays(candidates: readonly Candidate[], today: Date | undefined): Map<string, { file: string; why: string }> {
  const unpublished = new Map<string, { file: string; why: string }>();
  if (!today) return unpublished;
  for (const candidate of candidates) {
    if (candidate.collection !== 'essays' || !candidate.data) continue;
    const data = candidate.data as unknown as Publishable;
    const status = essayVisibility(data, today);
    if (status === 'draft') unpublished.set(candidate.id, { file: candidate.file, why: 'a draft, which is not published' });
    if (status === 'scheduled') {
      const day = data.pubDate.toISOString().slice(0, 10);
      unpublished.set(candidate.id, { file: candidate.file, why: `scheduled for ${day} and not published before then` });
    }
  }
  return unpublished;
}

/**
 * Checks the images, imports and links of every body. `today` is the build day; without it,
 * links are not checked against what is published.
 */
export function checkBodyFiles(candidates: Candidate[], root: ContentRoot, today: Date | undefined, report: Reporter) {
  const unpublished = unpublishedEssays(candidates, today);
  const unpublishedIds = new Set(unpublished.keys());
  // A relative link ("../draft/") names an essay by the last part of its id only.
  const unpublishedNames = [...unpublishedIds].map((id) => id.split('/').pop() ?? id);
  for (const candidate of candidates) {
    const mdx = candidate.file.endsWith('.mdx');
    if (!mayName(candidate.body, mdx, unpublishedNames)) continue;
    let references: BodyReference[];
    try {
      // An MDX essay's imports, and MDX it cannot read, are the MDX check's (checks/mdx.ts): it
      // allows no import but the archive's components, so each is reported once, there.
      references = bodyReferences(candidate.body, mdx).filter((reference) => reference.kind !== 'import');
    } catch (error) {
      if (!mdx) reportUnreadable(candidate, 'Markdown', error, report);
      continue;
    }
    const published = !unpublishedIds.has(candidate.id) || candidate.collection !== 'essays';
    const noun = candidate.collection === 'essays' ? 'essay' : 'file';
    for (const reference of references) {
      let problem: string | undefined;
      if (reference.kind !== 'link') problem = fileProblem(reference, root, dirname(candidate.absolutePath), noun);
      else if (published) problem = linkProblem(reference, candidate, unpublished, unpublishedIds);
      if (!problem) continue;
      const pos = positionAt(candidate.starts, candidate.bodyOffset + reference.offset);
      report(candidate.file, pos.line, pos.column, 'body', problem);
    }
  }
}

/**
 * Whether a body can name anything these checks look at, so that most bodies are not parsed:
 * a Markdown image needs "![" as written (an entity never makes syntax), raw HTML and JSX a
 * "<", MDX code "{", "import" or "export", and a link to an unpublished essay its id's last
 * part or "essays", unless escaped ("%", "&", "\\").
 */
function mayName(body: string, mdx: boolean, unpublishedNames: readonly string[]): boolean {
  if (body.includes('![') || body.includes('<') || (mdx && /[{]|\bimport\b|\bexport\b/.test(body))) return true;
  if (unpublishedNames.length === 0) return false;
  const text = body.toLowerCase();
  return /essays|[%&\\]/.test(text) || unpublishedNames.some((name) => text.includes(name));
}

function linkProblem(
  reference: BodyReference,
  candidate: Candidate,
  unpublished: Map<string, { file: string; why: string }>,
  ids: ReadonlySet<string>,
): string | undefined {
  const id = linkedEssay(reference.url, entryPath(candidate.collection, candidate.id), ids);
  const target = id === undefined ? undefined : unpublished.get(id);
  if (!target) return undefined;
  return `links to "${reference.url}", the address of ${target.file}: ${target.why}; remove the link until that essay is published`;
}

/** A file the build reads for an image: inside the content folder, and an image. */
function fileProblem(reference: BodyReference, root: ContentRoot, here: string, noun: string): string | undefined {
  const { url } = reference;
  const subject = `${reference.kind} "${url}"`;
  if (url === '' || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    // A web address, or a site path (a file of public/): the build reads no file for it.
    return undefined;
  }
  let path: string;
  try {
    // Astro reads a Markdown image's path with its %-escapes decoded.
    path = reference.kind === 'image' ? decodeURI(url) : url;
  } catch {
    return `${subject} is not a valid path; write the file's name as it is, without "%"`;
  }
  const place = locate(root, here, path);
  const misplaced = placeProblem(place, path, subject, noun);
  if (misplaced || place.kind !== 'file') return misplaced;
  const problem = imageProblem(path.split('/').pop() ?? '', place.real, subject);
  return problem?.startsWith('must') ? `${subject} ${problem}` : problem;
}

/** A body the parser cannot read: the build could not render it either. */
function reportUnreadable(candidate: Candidate, syntax: string, error: unknown, report: Reporter) {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(message);
  // Sätteri writes "line:column: what (line:column) (rule)"; the position goes to the report.
  const text = message.replace(/^\d+:\d+:\s*/, '').replace(/(?:\s*\([^()]*\))+\s*$/, '');
  const [line, column] = place ? [Number(place[1]), Number(place[2])] : [1, 1];
  const start = positionAt(candidate.starts, candidate.bodyOffset);
  report(candidate.file, start.line + line - 1, line === 1 ? start.column + column - 1 : column, 'body', `is not valid ${syntax}: ${text}`);
}
