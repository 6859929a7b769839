/**
 * Which tags and attributes an essay's MDX may use. Shared by tags written in the Markdown
 * (`<Figure />` on its own line) and tags inside `{…}` code, which MDX compiles alike.
 */
import { MESSAGES } from './messages.ts';

/**
 * A plain HTML-like name. JSX compiles a lowercase name to a string, never to a variable, so a
 * value defined in the essay cannot stand behind it; which elements are published is decided by
 * the raw-HTML check (src/lib/raw-html.ts), as for Markdown. Dotted (`data.x`) and namespaced
 * (`svg:rect`) names are not plain: a dotted one is a variable's property.
 */
const HTML_TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Attribute-name prefixes that are XML, not Astro directives (`set:html`, `client:load`, `is:raw`). */
const XML_PREFIX = /^(?:xml|xlink):/;

function isHtmlTag(name: string | null): boolean {
  return name === null || HTML_TAG.test(name);
}

/** `Object.hasOwn`, so that "constructor" or "toString" are not taken for components. */
export function isComponent(components: Readonly<Record<string, string>>, name: string): boolean {
  return Object.hasOwn(components, name);
}

/** Why an element's name is refused, if it is. `null` is a fragment, `<>…</>`. */
export function tagProblem(name: string | null, components: Readonly<Record<string, string>>): string | undefined {
  if (name === null || HTML_TAG.test(name) || isComponent(components, name)) return undefined;
  return MESSAGES.tag(name);
}

/**
 * Why an attribute is refused, if it is. On HTML tags values must be written as text: a value
 * computed in `{…}` (`href={'java' + 'script:…'}`) would slip past the raw-HTML check, which
 * reads the text as written. Astro directives are refused on every tag: `set:html` writes raw
 * HTML into the page, `client:*` adds scripts.
 */
export function attributeProblem(tag: string | null, attribute: string, valueIsCode: boolean): string | undefined {
  if (attribute.includes(':') && !XML_PREFIX.test(attribute)) return MESSAGES.directive(attribute);
  if (valueIsCode && isHtmlTag(tag)) return MESSAGES.htmlAttributeCode(tag ?? '', attribute);
  return undefined;
}
