/**
 * The `{…}` code an essay may contain, checked on oxc's ESTree (./parse.ts).
 *
 * An allowlist: every construct not named here is refused, so a form of JavaScript nobody
 * thought of fails closed. What passes can only read values the essay wrote itself: names come
 * from the essay's `export const`s and its arrow functions' parameters, never from the build
 * machine (`process`, `require`, `globalThis`, `fetch`, …) or from the compiled module (`file`,
 * the essay's path on the machine). From a literal the only way out to
 * the machine is a prototype's `constructor` (`(0).constructor.constructor('return process')()`),
 * so those property names are refused however they are spelt: after a dot, in an object
 * pattern, or as a computed key; a computed key other than a number could be assembled
 * (`a['con' + 'structor']`), so none is allowed.
 */
import type * as ES from 'estree-jsx';
import { MESSAGES } from './messages.ts';
import { attributeProblem, isComponent, tagProblem } from './tags.ts';

export interface CheckContext {
  /** Allowed component name → the one import specifier it may come from (../mdx-subset.ts). */
  components: Readonly<Record<string, string>>;
  report(node: object, message: string): void;
}

type Scope = ReadonlySet<string>;

/**
 * Names every essay may read: constants, and `frontmatter`, the essay's own fields, which
 * Astro's MDX compile exports as JSON data (`{frontmatter.title}`).
 */
const CONSTANTS: Scope = new Set(['undefined', 'NaN', 'Infinity', 'frontmatter']);

/** Property names that lead from a value to its prototype or to functions that make code. */
const FORBIDDEN_PROPERTIES: Scope = new Set([
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'caller',
  'callee',
  'arguments',
]);

/** Why a property key is refused (member access, object literal or pattern), if it is. */
export function keyProblem(key: ES.Node, computed: boolean): string | undefined {
  if (computed) return key.type === 'Literal' && typeof key.value === 'number' ? undefined : MESSAGES.computed();
  const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
  if (name === undefined) return MESSAGES.otherCode(key.type);
  return FORBIDDEN_PROPERTIES.has(name) ? MESSAGES.property(name) : undefined;
}

/** Checks one `{…}` expression (or attribute value) against the names in `scope`. */
export function checkExpression(node: ES.Node, scope: Scope, context: CheckContext): void {
  const check = (child: ES.Node | null | undefined): void => {
    if (child) checkExpression(child, scope, context);
  };
  const refuse = (message: string) => context.report(node, message);
  switch (node.type as string) {
    case 'ParenthesizedExpression':
      return check((node as unknown as { expression: ES.Expression }).expression);
  }
  switch (node.type) {
    case 'Identifier':
      if (scope.has(node.name) || CONSTANTS.has(node.name)) return;
      return refuse(isComponent(context.components, node.name) ? MESSAGES.componentValue(node.name) : MESSAGES.unknownName(node.name));
    case 'Literal':
      return;
    case 'TemplateLiteral':
      return node.expressions.forEach(check);
    case 'ArrayExpression':
      return node.elements.forEach(check);
    case 'SpreadElement':
      return check(node.argument);
    case 'ObjectExpression':
      for (const property of node.properties) {
        if (property.type === 'SpreadElement') check(property.argument);
        else if (property.kind !== 'init' || property.method) context.report(property, MESSAGES.accessor());
        else {
          const problem = keyProblem(property.key, property.computed);
          if (problem) context.report(property.key, problem);
          check(property.value);
        }
      }
      return;
    case 'MemberExpression': {
      if (node.object.type === 'Super') return refuse(MESSAGES.otherCode('super'));
      check(node.object);
      const problem = keyProblem(node.property, node.computed);
      if (problem) context.report(node.property, problem);
      return;
    }
    case 'ChainExpression':
      return check(node.expression);
    case 'CallExpression':
      if (node.callee.type === 'Super') return refuse(MESSAGES.otherCode('super'));
      check(node.callee);
      return node.arguments.forEach(check);
    case 'UnaryExpression':
      return node.operator === 'delete' ? refuse(MESSAGES.deletion()) : check(node.argument);
    case 'BinaryExpression':
      if (node.left.type === 'PrivateIdentifier') return refuse(MESSAGES.otherCode('#private'));
      check(node.left);
      return check(node.right);
    case 'LogicalExpression':
      check(node.left);
      return check(node.right);
    case 'ConditionalExpression':
      check(node.test);
      check(node.consequent);
      return check(node.alternate);
    case 'SequenceExpression':
      return node.expressions.forEach(check);
    case 'ArrowFunctionExpression':
      return checkArrow(node, scope, context);
    case 'JSXElement':
    case 'JSXFragment':
      return checkJsx(node, scope, context);
    case 'AssignmentExpression':
    case 'UpdateExpression':
      return refuse(MESSAGES.assignment());
    case 'ThisExpression':
      return refuse(MESSAGES.thisValue());
    case 'NewExpression':
      return refuse(MESSAGES.newObject());
    case 'MetaProperty':
      return refuse(MESSAGES.metaProperty(`${node.meta.name}.${node.property.name}`));
    case 'ImportExpression':
      return refuse(MESSAGES.dynamicImport());
    case 'TaggedTemplateExpression':
      return refuse(MESSAGES.taggedTemplate());
    case 'FunctionExpression':
      return refuse(MESSAGES.functionKeyword());
    case 'ClassExpression':
      return refuse(MESSAGES.classDefinition());
    case 'AwaitExpression':
      return refuse(MESSAGES.asyncCode());
    case 'YieldExpression':
      return refuse(MESSAGES.generator());
    default:
      return refuse(MESSAGES.otherCode(node.type));
  }
}

/** `(a, { b }) => a + b`: the parameters are the only names an arrow adds. */
function checkArrow(node: ES.ArrowFunctionExpression, scope: Scope, context: CheckContext): void {
  if (node.async) return context.report(node, MESSAGES.asyncCode());
  const inner = new Set(scope);
  for (const param of node.params) bindPattern(param, inner, scope, context);
  if (node.body.type === 'BlockStatement') return context.report(node.body, MESSAGES.blockBody());
  checkExpression(node.body, inner, context);
}

/**
 * Adds a parameter's names to `inner`. Destructuring reads properties, so its keys follow the
 * member rules (`({ constructor: F }) => …` is `.constructor`); defaults are code.
 */
function bindPattern(pattern: ES.Pattern, inner: Set<string>, outer: Scope, context: CheckContext): void {
  switch (pattern.type) {
    case 'Identifier':
      if (isComponent(context.components, pattern.name)) context.report(pattern, MESSAGES.componentName(pattern.name));
      inner.add(pattern.name);
      return;
    case 'AssignmentPattern':
      checkExpression(pattern.right, outer, context);
      return bindPattern(pattern.left, inner, outer, context);
    case 'RestElement':
      return bindPattern(pattern.argument, inner, outer, context);
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) bindPattern(element, inner, outer, context);
      return;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        if (property.type === 'RestElement') bindPattern(property.argument, inner, outer, context);
        else {
          const problem = keyProblem(property.key, property.computed);
          if (problem) context.report(property.key, problem);
          bindPattern(property.value, inner, outer, context);
        }
      }
      return;
    default:
      context.report(pattern, MESSAGES.otherCode(pattern.type));
  }
}

/** Tags inside code follow the rules of tags in the text (./tags.ts); their values are code. */
function checkJsx(node: ES.JSXElement | ES.JSXFragment, scope: Scope, context: CheckContext): void {
  if (node.type === 'JSXElement') {
    const opening = node.openingElement;
    const tag = jsxName(opening.name);
    const tagIssue = tagProblem(tag, context.components);
    if (tagIssue) context.report(opening.name, tagIssue);
    for (const attribute of opening.attributes) {
      if (attribute.type === 'JSXSpreadAttribute') {
        context.report(attribute, MESSAGES.spread(tag));
        continue;
      }
      const value = attribute.value;
      const isCode = value !== null && value.type !== 'Literal';
      const problem = attributeProblem(tag, jsxName(attribute.name), isCode);
      if (problem) context.report(attribute, problem);
      else if (value && value.type !== 'Literal') checkChild(value, scope, context);
    }
  }
  for (const child of node.children) checkChild(child, scope, context);
}

function checkChild(child: ES.JSXElement['children'][number] | ES.JSXExpressionContainer, scope: Scope, context: CheckContext): void {
  switch (child.type) {
    case 'JSXText':
      return;
    case 'JSXExpressionContainer':
    case 'JSXSpreadChild':
      if (child.expression.type !== 'JSXEmptyExpression') checkExpression(child.expression, scope, context);
      return;
    default:
      checkJsx(child, scope, context);
  }
}

function jsxName(name: ES.JSXIdentifier | ES.JSXMemberExpression | ES.JSXNamespacedName): string {
  switch (name.type) {
    case 'JSXIdentifier':
      return name.name;
    case 'JSXNamespacedName':
      return `${name.namespace.name}:${name.name.name}`;
    default:
      return `${jsxName(name.object)}.${name.property.name}`;
  }
}
