/**
 * Pictures and the page's header and footer in the preview. The images are data URLs (the site's
 * CSP allows `img-src data:`), so the file loads nothing; sizes are inline styles, so a pack
 * without pictures keeps its stylesheet as it was.
 */
import { base64, dataUrl } from '../data-url.ts';
import type { Image, PageBand } from '../../model/types.ts';
import { escapeHtml } from './escape.ts';
import { runsHtml } from './runs.ts';

const mm = (n: number): string => `${Math.round(n * 100) / 100}mm`;

/** An SVG logo is shown as itself, in an <img> (which runs no script of it and fetches nothing it names). */
const source = (image: Image['image']): string => (image.svg ? `data:image/svg+xml;base64,${base64(image.svg)}` : dataUrl(image));

function img(image: Image['image'], widthMm: number, heightMm: number, alt: string): string {
  return `<img src="${source(image)}" alt="${escapeHtml(alt)}" style="width:${mm(widthMm)};height:${mm(heightMm)}">`;
}

export function imageHtml(block: Image): string {
  return `<p class="opk-image" style="text-align:${block.align};text-indent:0;margin:0 0 4mm">${img(block.image, block.widthMm, block.heightMm, block.alt)}</p>`;
}

/**
 * The header over the first page (picture at the left, text at the right) and the footer under the
 * last, as a continuous sheet shows them once; the printed page numbers are the PDF's and DOCX's.
 */
export function bandHtml(band: PageBand, where: 'header' | 'footer'): string {
  const text = band.children.length > 0 ? `<span>${runsHtml(band.children)}</span>` : '';
  if (where === 'footer') {
    return `<footer class="opk-footer" style="margin-top:10mm;padding-top:2mm;border-top:0.5pt solid #999;font-size:9pt;text-align:center;text-indent:0;color:#444">${text}</footer>`;
  }
  const picture =
    band.image && !band.imageFromSecondPage ? img(band.image.image, band.image.widthMm, band.image.heightMm, band.image.alt) : '';
  return `<header class="opk-header" style="display:flex;justify-content:space-between;align-items:center;gap:6mm;margin:-10mm 0 6mm;font-size:9pt;color:#444;text-align:right">${picture || '<span></span>'}${text}</header>`;
}
