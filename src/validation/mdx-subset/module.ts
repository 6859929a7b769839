/**
 * The import and export lines an essay may contain, checked on oxc's ESTree (./parse.ts).
 *
 * An import brings in only an archive component, under its own name, from the exact specifier
 * the caller allows: nothing an editor writes is resolved as a path. An export holds only plain
 * data, because its value is evaluated when the module loads, before any page is rendered, and
 * a `components`, `Content` or `url` export would change what the page renders.
 */
import type * as ES from 'estree-jsx';
import { MESSAGES } from './messages.ts';
import { keyProblem, type CheckContext } from './expressions.ts';
import { isComponent } from './tags.ts';

/** Exports the MDX compiler or Astro defines or reads: an essay's own would change the page. */
const RESERVED_EXPORTS: ReadonlySet<string> = new Set([
  'components',
  'Content',
  'default',
  'file',
  'frontmatter',
  'getHeadings',
  'layout',
  'MDXContent',
  'url',
]);

/** Checks an import/export block and returns the names it defines for the essay's code. */
export function checkModule(program: ES.Program, context: CheckContext): string[] {
  const defined: string[] = [];
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ImportDeclaration':
        checkImport(statement, context);
        break;
      case 'ExportNamedDeclaration':
        defined.push(...checkExport(statement, context));
        break;
      case 'ExportDefaultDeclaration':
        context.report(statement, MESSAGES.exportDefault());
        break;
      case 'ExportAllDeclaration':
        context.report(statement, MESSAGES.reexport());
        break;
      default:
        context.report(statement, MESSAGES.statement());
    }
  }
  return defined;
}

/** Only `import Name from '<its specifier>'`: one default import, no attributes or phases. */
function checkImport(statement: ES.ImportDeclaration, context: CheckContext): void {
  const source = String(statement.source.value);
  const [first, ...rest] = statement.specifiers;
  const extras = statement as { attributes?: unknown[]; phase?: unknown };
  const name = first?.local.name;
  const plain = rest.length === 0 && first?.type === 'ImportDefaultSpecifier' && !extras.attributes?.length && !extras.phase;
  if (plain && name !== undefined && isComponent(context.components, name) && context.components[name] === source) return;
  const allowed = Object.entries(context.components).find(([, specifier]) => specifier === source);
  context.report(statement, allowed ? MESSAGES.importForm(source, allowed[0]) : MESSAGES.importSource(source));
}

function checkExport(statement: ES.ExportNamedDeclaration, context: CheckContext): string[] {
  const declaration = statement.declaration;
  if (!declaration) {
    context.report(statement, MESSAGES.reexport());
    return [];
  }
  if (declaration.type !== 'VariableDeclaration') {
    context.report(statement, MESSAGES.exportCode());
    return [];
  }
  if (declaration.kind !== 'const') context.report(statement, MESSAGES.exportKind(declaration.kind));
  const names: string[] = [];
  for (const declarator of declaration.declarations) {
    if (declarator.id.type !== 'Identifier') {
      context.report(declarator, MESSAGES.exportPattern());
      continue;
    }
    const name = declarator.id.name;
    names.push(name);
    if (RESERVED_EXPORTS.has(name) || name.startsWith('_')) context.report(declarator, MESSAGES.reservedName(name));
    else if (isComponent(context.components, name)) context.report(declarator, MESSAGES.componentName(name));
    const wrong = declarator.init ? notData(declarator.init) : declarator;
    if (wrong) context.report(wrong, MESSAGES.notData(name));
  }
  return names;
}

/** The first part of an export's value that is not plain data (JSON-like), if any. */
function notData(node: ES.Node): ES.Node | undefined {
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? node : undefined;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number'
        ? undefined
        : node;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? undefined : node;
    case 'ArrayExpression':
      for (const element of node.elements) {
        const wrong = element && notData(element);
        if (wrong) return wrong;
      }
      return undefined;
    case 'ObjectExpression':
      for (const property of node.properties) {
        if (
          property.type !== 'Property' ||
          property.kind !== 'init' ||
          property.method ||
          property.shorthand ||
          keyProblem(property.key, property.computed)
        )
          return property;
        const wrong = notData(property.value);
        if (wrong) return wrong;
      }
      return undefined;
    default:
      return node;
  }
}
