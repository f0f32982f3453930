/** /samples/tehnosnab-pack.zip: the whole sample pack (all formats, manifest, profile) in one file. */
import type { APIRoute } from 'astro';
import { fileResponse, samplePack } from '../../site/sample-pack.ts';

export const GET: APIRoute = async () => fileResponse((await samplePack()).zip, 'application/zip');
