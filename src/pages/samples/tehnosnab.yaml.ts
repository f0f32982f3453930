/** /samples/tehnosnab.yaml: the profile the samples are built from, to read or to feed the CLI. */
import type { APIRoute } from 'astro';
import { fileResponse, samplePack } from '../../site/sample-pack.ts';

export const GET: APIRoute = async () => fileResponse((await samplePack()).profileYaml, 'text/yaml; charset=utf-8');
