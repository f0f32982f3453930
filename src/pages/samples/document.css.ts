/**
 * /samples/document.css: the stylesheet of the sample documents, a file of our own origin rather
 * than a <style> in every page (the CSP would allow inline styles; a file is cached once).
 */
import type { APIRoute } from 'astro';
import { embeddedDocumentCss } from '../../site/embed.ts';
import { fileResponse, samplePack } from '../../site/sample-pack.ts';

export const GET: APIRoute = async () => fileResponse(embeddedDocumentCss((await samplePack()).theme), 'text/css; charset=utf-8');
