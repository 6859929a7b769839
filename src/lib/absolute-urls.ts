/**
 * Makes every link and image address in an HTML fragment absolute, for feed readers and
 * other places where the fragment leaves the page it was written for.
 */

const URL_ATTRIBUTES = /(\s(?:href|src|poster|cite|action)\s*=\s*)(["'])(.*?)\2/gi;
const SRCSET = /(\ssrcset\s*=\s*)(["'])(.*?)\2/gi;

function absolute(url: string, base: string): string {
  const trimmed = url.trim();
  // Fragments, data and mail links stay as they are; everything else is resolved.
  if (trimmed === '' || trimmed.startsWith('#') || /^(?:data|mailto|tel):/i.test(trimmed)) return url;
  try {
    return new URL(trimmed.replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;');
  } catch {
    return url;
  }
}

/** `html` with its URLs resolved against `base` (the absolute URL of the page it comes from). */
export function absolutizeHtml(html: string, base: string): string {
  return html
    .replace(URL_ATTRIBUTES, (_, attribute: string, quote: string, url: string) => `${attribute}${quote}${absolute(url, base)}${quote}`)
    .replace(SRCSET, (_, attribute: string, quote: string, list: string) => {
      const candidates = list.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url, base), ...descriptor].join(' ');
      });
      return `${attribute}${quote}${candidates.join(', ')}${quote}`;
    });
}
