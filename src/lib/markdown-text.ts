/**
 * The words of a Markdown or MDX body, without its syntax: what a reader reads. Used for
 * reading time and for the search index, which indexes the text of each record.
 */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s[^\n]*$/gm, ' ') // MDX module lines
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ') // fenced code
    .replace(/<[^>\n]+>/g, ' ') // HTML and JSX tags (their text stays)
    .replace(/\{[^{}\n]*\}/g, ' ') // MDX expressions
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link definitions
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/[*_`~|]+/g, ' ') // emphasis, code, tables
    .replace(/\s+/g, ' ')
    .trim();
}
