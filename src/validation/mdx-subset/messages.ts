/**
 * What an editor reads when their MDX is refused. Editors may not be developers: each message
 * names the construct as it looks in their text and says what to write instead, in one sentence.
 * docs/mdx.md lists them word for word; change both together.
 */
export const MESSAGES = {
  unreadable: (detail: string) =>
    `cannot be read as MDX (${detail}); check for an unclosed tag or brace, and write \\{ or \\< for a brace or angle bracket meant as text`,
  unreadableCode: () =>
    'has code in { } that cannot be read; check for a missing bracket or quote, and write \\{ for a brace meant as text',
  unreadableEsm: () =>
    'has an import or export line that cannot be read; check it for a missing quote or bracket (in an .mdx file a paragraph may not begin with the word "import" or "export")',

  importSource: (source: string) =>
    `imports "${source}", which is not one of the archive's components; essays may import only the components listed in docs/mdx.md`,
  importForm: (source: string, name: string) =>
    `imports from "${source}" in a form the archive does not allow; write import ${name} from "${source}"`,
  exportDefault: () => 'has an "export default", which essays may not have; the only export allowed is export const name = plain data',
  exportCode: () => 'exports a function or a class, which essays may not do; the only export allowed is export const name = plain data',
  reexport: () =>
    'passes on names with export { … } or export … from, which essays may not do; the only export allowed is export const name = plain data',
  exportKind: (kind: string) => `exports with "${kind}"; write export const instead`,
  exportPattern: () => 'exports several names from one pattern like { a, b }; write one export const name = … for each value',
  notData: (name: string) =>
    `exports "${name}" with a value that is not plain data; export const may hold only text, numbers, true/false, null, and lists [ ] or objects { } of these`,
  reservedName: (name: string) => `exports the name "${name}", which the site itself uses; choose another name`,
  componentName: (name: string) => `defines "${name}", which is the name of an archive component; choose another name`,
  statement: () => 'has code that is neither an import nor an export const, which essays may not have',

  unknownName: (name: string) =>
    `uses "${name}", which this essay does not define; code in an essay may only use values the essay defines with export const, and its fields as frontmatter.title`,
  componentValue: (name: string) => `uses the component ${name} as a value; use it only as a tag, like <${name} />`,
  property: (name: string) => `uses the property "${name}", which essays may not use`,
  computed: () => 'looks up a property with [ ]; write the name after a dot (data.name) or a number in the brackets (list[0])',
  thisValue: () => 'uses "this", which essays may not use',
  newObject: () => 'creates an object with "new", which essays may not do',
  metaProperty: (text: string) => `uses "${text}", which essays may not use`,
  dynamicImport: () => 'loads code with import( ), which essays may not do',
  taggedTemplate: () => 'uses a tagged template (a name written right before `…`), which essays may not use',
  assignment: () => 'changes a value (with =, +=, ++ or similar), which essays may not do; define each value once with export const',
  deletion: () => 'removes a property with "delete", which essays may not do',
  functionKeyword: () => 'defines a function with the word "function"; only short arrow functions like (n) => n * 2 are allowed',
  blockBody: () => 'has an arrow function with a { } body; only short arrow functions like (n) => n * 2 are allowed',
  asyncCode: () => 'uses async code (async or await), which essays may not use',
  generator: () => 'uses a generator (yield), which essays may not use',
  classDefinition: () => 'defines a class, which essays may not do',
  accessor: () => 'defines a getter, setter or method in an object; objects in essays may hold only values',
  otherCode: (type: string) => `uses JavaScript that essays may not use (${type})`,

  imagePath: (url: string) =>
    `shows the image "${url}", which is not an image file; write the path of an image file beside the essay, like ./photo.jpg, or a full https:// address`,
  tag: (name: string) => `uses the tag <${name}>, which is neither an HTML tag nor one of the archive's components (see docs/mdx.md)`,
  spread: (tag: string) => `passes attributes to <${tag}> with {...}, which essays may not do; write each attribute by name`,
  htmlAttributeCode: (tag: string, attribute: string) =>
    `gives the attribute ${attribute} of <${tag}> a value in { }; on HTML tags write the value in quotes, like ${attribute}="…"`,
  directive: (attribute: string) => `uses the attribute ${attribute}, which essays may not use`,
} as const;
