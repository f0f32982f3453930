/** /samples/<id>.docx: each sample document as DOCX, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, samplePack } from '../../site/sample-pack.ts';

export const getStaticPaths = (async () =>
  (await samplePack()).documents.map((doc) => ({ params: { id: doc.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const doc = (await samplePack()).documents.find((d) => d.id === params.id);
  if (!doc) return new Response(null, { status: 404 });
  return fileResponse(doc.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
};
