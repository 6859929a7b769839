/**
 * Publishes each attachment of a published essay beside its page, at
 * /essays/<id>/<file name>. Drafts and scheduled essays publish none.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { getArchive } from '../../../queries/collections.ts';
import { attachmentsOf, type Attachment } from '../../../queries/attachments.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.flatMap((essay) =>
    attachmentsOf(essay).map((attachment) => ({ params: { id: essay.id, file: attachment.fileName }, props: { attachment } })),
  );
}

export const GET: APIRoute<{ attachment: Attachment }> = async ({ props }) => {
  const body = await readFile(props.attachment.absolutePath);
  return new Response(body, { headers: { 'Content-Type': props.attachment.mime } });
};
