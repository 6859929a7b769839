import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findRawHtml } from '../../src/lib/raw-html';
import { MESSAGES } from '../../src/validation/mdx-subset/messages';
import { mdxSubsetFindings, type MdxSubsetOptions } from '../../src/validation/mdx-subset';

const FIGURE = '@archive/components/Figure.astro';
const components = { Figure: FIGURE };
const messages = (body: string, options: MdxSubsetOptions = { components }) => mdxSubsetFindings(body, options).map((f) => f.message);
/** The essay defines `data`, so a test reads what follows it, not a missing name. */
const DATA = "export const data = { n: 1, title: 'Seoul', list: ['a', 'b'] }\n\n";

const unknown = (name: string) =>
  `uses "${name}", which this essay does not define; code in an essay may only use values the essay defines with export const, and its fields as frontmatter.title`;
const image = (url: string) =>
  `shows the image "${url}", which is not an image file; write the path of an image file beside the essay, like ./photo.jpg, or a full https:// address`;
const property = (name: string) => `uses the property "${name}", which essays may not use`;
const notData = (name: string) =>
  `exports "${name}" with a value that is not plain data; export const may hold only text, numbers, true/false, null, and lists [ ] or objects { } of these`;
const importSource = (source: string) =>
  `imports "${source}", which is not one of the archive's components; essays may import only the components listed in docs/mdx.md`;
const tag = (name: string) => `uses the tag <${name}>, which is neither an HTML tag nor one of the archive's components (see docs/mdx.md)`;
const reserved = (name: string) => `exports the name "${name}", which the site itself uses; choose another name`;
const COMPUTED = 'looks up a property with [ ]; write the name after a dot (data.name) or a number in the brackets (list[0])';
const ONLY_CONST = 'the only export allowed is export const name = plain data';
const UNREADABLE_CODE =
  'has code in { } that cannot be read; check for a missing bracket or quote, and write \\{ for a brace meant as text';

describe('mdxSubsetFindings refuses what could reach the build machine', () => {
  test.each([
    // The escapes the check exists for.
    ['{process.env.SECRET}', [unknown('process')]],
    // The build reads a `---` block atop the body as Markdown, as its frontmatter is blanked out.
    ['---\nsecret: {process.env.SECRET}\n---\n', [unknown('process')]],
    ["import x from '/etc/passwd?raw'", [importSource('/etc/passwd?raw')]],
    ["import { execSync } from 'node:child_process'", [importSource('node:child_process')]],
    // Globals, whichever: an allowlist of names, not a list of dangerous ones.
    ['{globalThis.process}', [unknown('globalThis')]],
    ["{require('fs')}", [unknown('require')]],
    ['{window.location}', [unknown('window')]],
    ["{eval('1')}", [unknown('eval')]],
    ["{Function('return process')()}", [unknown('Function')]],
    ["{fetch('https://example.org/')}", [unknown('fetch')]],
    ['{Date.now()}', [unknown('Date')]],
    ['{(() => arguments)()}', [unknown('arguments')]],
    ['{file}', [unknown('file')]],
    ['{\\u0070rocess}', [unknown('process')]],
    ['{typeof process}', [unknown('process')]],
    ['{((a = process) => a)()}', [unknown('process')]],
    ['{import.meta.env}', ['uses "import.meta", which essays may not use']],
    ['{this}', ['uses "this", which essays may not use']],
    // From a literal to Function through prototypes, spelt every way.
    ["{(0).constructor.constructor('return process')()}", [property('constructor'), property('constructor')]],
    [`${DATA}{data['constr' + 'uctor']}`, [COMPUTED]],
    [`${DATA}{data['title']}`, [COMPUTED]],
    [`${DATA}{data.list[data.n]}`, [COMPUTED]],
    [`${DATA}{data.__proto__}`, [property('__proto__')]],
    [`${DATA}{data.title.\\u0063onstructor}`, [property('constructor')]],
    [`${DATA}{data.list.map.prototype}`, [property('prototype')]],
    [`${DATA}{((({ constructor: F }) => F)(data))}`, [property('constructor')]],
    [`${DATA}{data.__lookupGetter__('x')}`, [property('__lookupGetter__')]],
    // Code that builds or changes things.
    ["{import('node:fs')}", ['loads code with import( ), which essays may not do']],
    ['{new Date()}', ['creates an object with "new", which essays may not do']],
    ['{String.raw`x`}', ['uses a tagged template (a name written right before `…`), which essays may not use']],
    [
      `${DATA}{data.n = 2}`,
      ['changes a value (with =, +=, ++ or similar), which essays may not do; define each value once with export const'],
    ],
    [
      `${DATA}{data.n++}`,
      ['changes a value (with =, +=, ++ or similar), which essays may not do; define each value once with export const'],
    ],
    [`${DATA}{delete data.n}`, ['removes a property with "delete", which essays may not do']],
    [
      '{function () { return 1 }}',
      ['defines a function with the word "function"; only short arrow functions like (n) => n * 2 are allowed'],
    ],
    ['{() => { return 1 }}', ['has an arrow function with a { } body; only short arrow functions like (n) => n * 2 are allowed']],
    ['{async () => 1}', ['uses async code (async or await), which essays may not use']],
    ['{class {}}', ['defines a class, which essays may not do']],
    ['{({ get x() { return 1 } })}', ['defines a getter, setter or method in an object; objects in essays may hold only values']],
    ['{({ m() { return 1 } })}', ['defines a getter, setter or method in an object; objects in essays may hold only values']],
    // Imports: only an allowlisted component, in the one allowed form.
    ["import x from 'https://example.org/x.js'", [importSource('https://example.org/x.js')]],
    ["import Figure from '../../src/components/Figure.astro'", [importSource('../../src/components/Figure.astro')]],
    [
      "import Chart from '@archive/components/Figure.astro'",
      [`imports from "${FIGURE}" in a form the archive does not allow; write import Figure from "${FIGURE}"`],
    ],
    [
      `import { Figure } from '${FIGURE}'`,
      [`imports from "${FIGURE}" in a form the archive does not allow; write import Figure from "${FIGURE}"`],
    ],
    [
      `import Figure from '${FIGURE}' with { type: 'json' }`,
      [`imports from "${FIGURE}" in a form the archive does not allow; write import Figure from "${FIGURE}"`],
    ],
    // Markdown images: the compile imports every path that is not a URL or a site path.
    ['![secret](../../../../etc/passwd?raw)', [image('../../../../etc/passwd?raw')]],
    ['![x](./photo.jpg?url)', [image('./photo.jpg?url')]],
    ['![x](some-package)', [image('some-package')]],
    ['![x](../notes.md)', [image('../notes.md')]],
    // Exports: only const, only plain data, never a name the site uses.
    ['export const x = process.env.X', [notData('x')]],
    ['export const f = (n) => n', [notData('f')]],
    ['export const pattern = /a/', [notData('pattern')]],
    ['export const t = `${1}`', [notData('t')]],
    ['export const a = 1, b = process', [notData('b')]],
    ["export const o = { '__proto__': null }", [notData('o')]],
    ['export default { a: 1 }', [`has an "export default", which essays may not have; ${ONLY_CONST}`]],
    ['export function f() {}', [`exports a function or a class, which essays may not do; ${ONLY_CONST}`]],
    ['export class A {}', [`exports a function or a class, which essays may not do; ${ONLY_CONST}`]],
    ["export { a } from 'b'", [`passes on names with export { … } or export … from, which essays may not do; ${ONLY_CONST}`]],
    ["export * from 'node:fs'", [`passes on names with export { … } or export … from, which essays may not do; ${ONLY_CONST}`]],
    ['export let a = 1', ['exports with "let"; write export const instead']],
    [
      'export const { a } = { a: 1 }',
      ['exports several names from one pattern like { a, b }; write one export const name = … for each value'],
    ],
    ["export const components = { p: 'script' }", [reserved('components')]],
    ["export const url = '/'", [reserved('url')]],
    ['export const _jsx = 1', [reserved('_jsx')]],
    // Tags: HTML-like names and the archive's components; attributes by name.
    ['<Chart />', [tag('Chart')]],
    ['<Figure.Caption />', [tag('Figure.Caption')]],
    [`${DATA}<data.title />`, [tag('data.title')]],
    ['<svg:rect />', [tag('svg:rect')]],
    ['{<Chart />}', [tag('Chart')]],
    ['<Figure caption={process.env.X} />', [unknown('process')]],
    ['{<Figure caption={process} />}', [unknown('process')]],
    [
      `${DATA}<a href={data.title}>x</a>`,
      ['gives the attribute href of <a> a value in { }; on HTML tags write the value in quotes, like href="…"'],
    ],
    [`${DATA}<div {...data}>x</div>`, ['passes attributes to <div> with {...}, which essays may not do; write each attribute by name']],
    ['<Figure {...{ a: 1 }} />', ['passes attributes to <Figure> with {...}, which essays may not do; write each attribute by name']],
    ['<div set:html="&lt;script&gt;" />', ['uses the attribute set:html, which essays may not use']],
    ['<Figure client:load />', ['uses the attribute client:load, which essays may not use']],
    // A component's name stands for the component only, never for an essay's value.
    ['{Figure}', ['uses the component Figure as a value; use it only as a tag, like <Figure />']],
    ["export const Figure = 'script'", ['defines "Figure", which is the name of an archive component; choose another name']],
    [
      `${DATA}{data.list.map((Figure) => <Figure />)}`,
      ['defines "Figure", which is the name of an archive component; choose another name'],
    ],
    // What cannot be read is reported, not thrown.
    [
      'Price {5',
      [
        'cannot be read as MDX (Unexpected end of file in expression, expected a corresponding closing brace for `{`); check for an unclosed tag or brace, and write \\{ or \\< for a brace or angle bracket meant as text',
      ],
    ],
    [
      'Text {a; b}',
      [
        'cannot be read as MDX (Expected `,` or `)` but found `;`); check for an unclosed tag or brace, and write \\{ or \\< for a brace or angle bracket meant as text',
      ],
    ],
    ['{a) + process.exit(1) + (b}', [UNREADABLE_CODE]],
    ['<Figure caption={} />', [UNREADABLE_CODE]],
    [
      'import x from',
      [
        'has an import or export line that cannot be read; check it for a missing quote or bracket (in an .mdx file a paragraph may not begin with the word "import" or "export")',
      ],
    ],
    [
      'export controls were tightened in 2019.',
      [
        'has an import or export line that cannot be read; check it for a missing quote or bracket (in an .mdx file a paragraph may not begin with the word "import" or "export")',
      ],
    ],
  ])('%j', (body, expected) => {
    expect(messages(body)).toEqual(expected);
  });
});

describe('mdxSubsetFindings allows the essay its own data', () => {
  test.each([
    '# A heading\n\nPlain *Markdown* with a [link](https://example.org/), a list:\n\n- one\n- two\n\nand `inline {code}`.\n\n```js\nconst x = process.env.X;\n```',
    `${DATA}{data.n}`,
    `${DATA}The dialogue met in {data.title}, {data.list.length} times: {data.list.join(', ')}.`,
    `${DATA}{data.list[0]} {data.list?.[1]} {\`Total: \${data.n}\`}`,
    `${DATA}{data.n > 1 ? 'many' : data.n === 1 ? 'one' : 'none'}`,
    '{[1, 2].map((n) => n * 2)}',
    `${DATA}<ul>{data.list.map((item, index) => <li>{index + 1}. {item}</li>)}</ul>`,
    '{[1].map(({ length }, [first] = []) => length)}',
    `import Figure from '${FIGURE}'\n\n<Figure caption="A handshake" />`,
    `${DATA}<Figure caption={data.title} wide />`,
    '<Figure />',
    "export const meta = { year: 2025, neg: -1, ok: true, none: null, note: `plain`, nested: [{ a: 'b' }] }",
    '{/* a note to other editors */}',
    '{}',
    '{undefined} {NaN}',
    '## {frontmatter.title}',
    '![A handshake](./files/handshake.jpg) ![Logo](https://example.org/logo.svg) ![Map](/images/map.png)',
    '<abbr title="Association of Southeast Asian Nations">ASEAN</abbr>',
    '<svg viewBox="0 0 1 1"><use xlink:href="#dot" /></svg>',
    '<my-element>x</my-element>',
    '<>fragment</>',
  ])('%j', (body) => {
    expect(messages(body)).toEqual([]);
  });

  test('leaves <script> to the raw-HTML check, which reports that it is not published', () => {
    const body = '<script>alert(1)</script>';
    expect(messages(body)).toEqual([]);
    expect(findRawHtml(body, { mdx: true }).map((f) => f.message)).toEqual([
      '<script> is not published, nor anything inside it: the site publishes no scripts, styles, embedded pages, media or drawings from the text; remove it',
    ]);
  });
});

describe('the components option', () => {
  test('with no components, imports and capitalised tags are refused', () => {
    expect(messages(`import Figure from '${FIGURE}'\n\n<Figure />`, { components: {} })).toEqual([importSource(FIGURE), tag('Figure')]);
  });

  test("an object's own properties only: toString is no component", () => {
    expect(messages("import toString from 'x'\n\n<toString />", { components: {} })).toEqual([importSource('x'), tag('toString')]);
  });
});

describe('offsets', () => {
  const lineOf = (body: string, offset: number) => body.slice(0, offset).split('\n').length;
  const place = (body: string) => {
    const [finding, ...rest] = mdxSubsetFindings(body, { components });
    expect(rest).toEqual([]);
    expect(finding).toBeDefined();
    const offset = finding?.offset ?? -1;
    return { line: lineOf(body, offset), text: body.slice(offset, offset + 7) };
  };

  test.each([
    ['an expression in a paragraph', `${DATA}Para one.\n\nThen {process.env.X} here.`, 5, 'process'],
    ['after non-Latin text', '통일 😀 {process}', 1, 'process'],
    ['inside a quote, after the "> "', `${DATA}> A quote {data.n +\n> process}`, 4, 'process'],
    ['inside a list item', '- item\n\n  {process}', 3, 'process'],
    ['an attribute on the third line of a tag', '<Figure\n  title="x={require}"\n  caption={process}\n/>', 3, 'process'],
    ['an import on the third line', `Intro.\n\nimport x from 'node:fs'`, 3, 'import '],
    ['an export value', 'Intro.\n\nexport const x =\n  process.env.X', 4, 'process'],
    ['a tag', 'Intro.\n\nSee <Chart /> here.', 3, '<Chart '],
    ['a syntax error', 'Intro.\n\nPrice {5', 3, '{5'],
    ['a property', `${DATA}{(0).constructor}`, 3, 'constru'],
  ])('%s', (_, body, line, text) => {
    expect(place(body)).toEqual({ line, text });
  });

  test('findings come in reading order', () => {
    const body = "{process}\n\nimport x from 'node:fs'\n\n<Chart />";
    expect(mdxSubsetFindings(body, { components }).map((f) => f.offset)).toEqual([1, 11, 36]);
  });
});

describe('docs/mdx.md', () => {
  const doc = readFileSync(new URL('../../docs/mdx.md', import.meta.url), 'utf8');
  const EXAMPLES: Partial<Record<keyof typeof MESSAGES, string[]>> = {
    importSource: ['node:child_process'],
    importForm: ['…', 'Figure'],
    unknownName: ['process'],
    componentValue: ['Figure'],
    property: ['constructor'],
    notData: ['x'],
    exportKind: ['let'],
    reservedName: ['components'],
    componentName: ['Figure'],
    tag: ['Chart'],
    imagePath: ['../secret?raw'],
    spread: ['div'],
    htmlAttributeCode: ['a', 'href'],
    directive: ['set:html'],
    otherCode: ['…'],
    unreadable: ['…'],
    metaProperty: ['import.meta'],
  };
  /** Messages the page names in passing ("also …") rather than in a row of their own. */
  const IN_PASSING: Partial<Record<keyof typeof MESSAGES, string>> = {
    generator: 'uses a generator (yield)',
    classDefinition: 'defines a class',
    metaProperty: '"import.meta"',
  };

  test.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])('lists the message %s word for word', (key) => {
    const message = (MESSAGES[key] as (...args: string[]) => string)(...(EXAMPLES[key] ?? []));
    const passing = IN_PASSING[key];
    expect(message).toContain(passing ?? message);
    expect(doc).toContain(passing ?? message);
  });
});
