/**
 * Finds raw HTML in a Markdown or MDX body that the archive does not publish: script and
 * embedding elements, inline event handlers (`onclick=`), and `javascript:`-style URLs.
 * Embeds are to come as vetted components, never as pasted HTML. Code (fenced blocks and
 * inline code spans) is skipped, so an essay may still show such HTML as an example.
 */

export interface RawHtmlFinding {
  /** 0-based character offset in the body. */
  offset: number;
  message: string;
}

/** Elements that run code or embed other documents. */
const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta'];
const ELEMENT_RE = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})(?=[\\s/>])`, 'gi');
/** An HTML/JSX start tag; attributes are searched inside it. */
const TAG_RE = /<[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\/?>/gs;
const HANDLER_RE = /\s(on[a-z]+)\s*=/gi;
/** URL positions: Markdown link/image destinations, reference definitions, autolinks, attributes. */
const URL_SLOTS: RegExp[] = [
  /\]\(\s*<?([^)\s>]*)/g,
  /^\s{0,3}\[[^\]]+\]:\s*<?(\S+)/gm,
  /<([a-z][a-z0-9+.-]*:[^\s>]*)>/gi,
  /\b(?:href|src|action|formaction|xlink:href|data|poster|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|([^\s>]+))/gi,
];
const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:text/html'];

/** Replaces fenced code blocks and inline code spans by spaces, keeping offsets and newlines. */
export function blankOutCode(body: string): string {
  const lines = body.split(/(?<=\n)/);
  let fence: { char: string; length: number } | undefined;
  const kept = lines.map((line) => {
    const match = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (match && match[1]![0] === fence.char && match[1]!.length >= fence.length && line.trim() === match[1]) fence = undefined;
      return blank(line);
    }
    if (match) {
      fence = { char: match[1]![0]!, length: match[1]!.length };
      return blank(line);
    }
    return line;
  });
  return kept.join('').replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => blank(span));
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Decodes the character references a browser or Markdown parser would decode in a URL. */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
}

/** True when a URL would run script or render active content when followed. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const normalised = decodeReferences(url)
    // eslint-disable-next-line no-control-regex -- the control characters are what is removed
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
  return DANGEROUS_SCHEMES.some((scheme) => normalised.startsWith(scheme));
}

/** Every forbidden construct in `body`, in order of appearance. */
export function findRawHtml(body: string): RawHtmlFinding[] {
  const text = blankOutCode(body);
  const findings: RawHtmlFinding[] = [];
  for (const match of text.matchAll(ELEMENT_RE)) {
    const name = match[1]!.toLowerCase();
    findings.push({ offset: match.index, message: `contains a raw <${name}> element; scripts and embeds are not allowed in the text` });
  }
  for (const tag of text.matchAll(TAG_RE)) {
    for (const handler of tag[0].matchAll(HANDLER_RE)) {
      findings.push({
        offset: tag.index + handler.index + 1,
        message: `contains an event-handler attribute ${handler[1]}= in a tag; scripts are not allowed in the text`,
      });
    }
  }
  for (const slot of URL_SLOTS) {
    for (const match of text.matchAll(slot)) {
      const url = match.slice(1).find((group) => group !== undefined) ?? '';
      if (isDangerousUrl(url)) {
        findings.push({
          offset: match.index + match[0].indexOf(url),
          message: `contains a link to a script URL ("${url.slice(0, 40)}"); only web addresses and site paths are allowed`,
        });
      }
    }
  }
  return dedupe(findings).sort((a, b) => a.offset - b.offset);
}

function dedupe(findings: RawHtmlFinding[]): RawHtmlFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.offset}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
