/** Text for HTML and SVG: the five characters that could end a tag or an attribute, escaped. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A coordinate with one decimal: fixed text, so the same data give the same bytes. */
export const px = (x: number): string => (Math.round(x * 10) / 10).toString();

/**
 * Colours that stay apart for the common colour-vision deficiencies and in greyscale
 * print (Okabe & Ito, "Color Universal Design", 2008), darkest first after black.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;
