// The CDK way, checked on the source (syntax only, no type checker, so it takes milliseconds):
// every construct and stack of lib/aws/ and stacks/ is `constructor(scope, id, props)` with a
// `<Class>Props` interface whose every prop is documented, each optional one with its
// `@default`; no construct of lib/aws/ takes the whole OrgModel — the composition (stacks/)
// maps the model to each construct's narrow props. Pulumi's way for its components (the
// Okta stacks of stacks/ and lib/okta/program/): `constructor(name, args, opts?)` with a
// `<Class>Args` interface under the same rules. A function that adds constructs to a scope
// (`add<Thing>(scope, ...)`) is `(scope, props)` or `(scope, id, props)` with a `<Thing>Props`
// interface, the same rules again. A fixture tree shows each rule bites.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const FIXTURE = join(__dirname, 'fixtures', 'construct-conventions');

/** Base classes that make a class a construct (CDK's and the blueprint's own). */
const CONSTRUCT_BASES = new Set(['Construct', 'Stack', 'OwnerStack']);
/** Base classes that make a class a Pulumi component. */
const COMPONENT_BASES = new Set(['ComponentResource']);
/** The type of a component's `opts`, as Pulumi's own components take it. */
const COMPONENT_OPTIONS = new Set(['pulumi.ComponentResourceOptions', 'ComponentResourceOptions']);
/** The composition may hand its stacks the model; the engine's constructs may not. */
const MODEL_TYPES = /\b(OrgModel|OwnerSlice)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(path);
      return e.isFile() && e.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

interface Declarations {
  readonly interfaces: Map<string, { node: ts.InterfaceDeclaration; file: ts.SourceFile }>;
  readonly classes: { node: ts.ClassDeclaration; file: ts.SourceFile }[];
  /** Functions that add constructs: `add<Thing>` whose first parameter is a construct. */
  readonly helpers: { node: ts.FunctionDeclaration; file: ts.SourceFile }[];
}

const HELPER_NAME = /^add[A-Z]/;
/** First-parameter types that make an `add<Thing>` function one that adds constructs. */
const SCOPE_TYPES = new Set([...CONSTRUCT_BASES, 'IConstruct']);

function isHelper(node: ts.FunctionDeclaration, file: ts.SourceFile): boolean {
  const first = node.parameters[0];
  if (!node.name || !HELPER_NAME.test(node.name.text) || !first) return false;
  return first.name.getText(file) === 'scope' || SCOPE_TYPES.has(first.type?.getText(file) ?? '');
}

function declarations(files: readonly string[]): Declarations {
  const interfaces: Declarations['interfaces'] = new Map();
  const classes: Declarations['classes'] = [];
  const helpers: Declarations['helpers'] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of file.statements) {
      if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, { node, file });
      if (ts.isClassDeclaration(node) && node.name) classes.push({ node, file });
      if (ts.isFunctionDeclaration(node) && isHelper(node, file)) helpers.push({ node, file });
    }
  }
  return { interfaces, classes, helpers };
}

function baseName(node: ts.ClassDeclaration): string | undefined {
  const clause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const expression = clause?.types[0]?.expression;
  if (!expression) return undefined;
  return ts.isPropertyAccessExpression(expression) ? expression.name.text : expression.getText();
}

/** Every member of an interface, with those of the interfaces it extends (when declared here). */
function members(name: string, found: Declarations): { member: ts.TypeElement; file: ts.SourceFile }[] {
  const declared = found.interfaces.get(name);
  if (!declared) return [];
  const inherited = (declared.node.heritageClauses ?? []).flatMap((h) =>
    h.types.flatMap((t) => members(t.expression.getText(declared.file), found)),
  );
  return [...inherited, ...declared.node.members.map((member) => ({ member, file: declared.file }))];
}

/** Each breach of an interface's members: undocumented, optional without @default, the model in an engine. */
function memberBreaches(where: string, typeName: string, inEngine: boolean, found: Declarations): string[] {
  const out: string[] = [];
  for (const { member, file: at } of members(typeName, found)) {
    const prop = `${typeName}.${member.name?.getText(at)}`;
    const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
    if (docs.length === 0) out.push(`${where}: ${prop} has no doc comment`);
    const hasDefault = docs.some((d) => d.tags?.some((t) => t.tagName.text === 'default'));
    if (member.questionToken && !hasDefault) out.push(`${where}: ${prop} is optional without @default`);
    const type = ts.isPropertySignature(member) ? (member.type?.getText(at) ?? '') : '';
    if (inEngine && MODEL_TYPES.test(type))
      out.push(`${where}: ${prop} is ${type}: pass the fields it uses, not the model`);
  }
  return out;
}

/** A CDK construct's breaches: (scope, id, props) with its documented `<Class>Props`. */
function constructBreaches(
  where: string,
  name: string,
  ctor: ts.ConstructorDeclaration,
  file: ts.SourceFile,
  inEngine: boolean,
  found: Declarations,
): string[] {
  const params = ctor.parameters.map((p) => p.name.getText(file));
  const expected = params.length === 2 ? ['scope', 'id'] : ['scope', 'id', 'props'];
  if (params.join(',') !== expected.join(','))
    return [`${where}: constructor(${params.join(', ')}), not (scope, id, props)`];
  if (params.length === 2) return [];
  const propsType = ctor.parameters[2].type?.getText(file);
  if (propsType !== `${name}Props`) return [`${where}: props typed ${propsType}, not ${name}Props`];
  return memberBreaches(where, propsType, inEngine, found);
}

/** A Pulumi component's breaches: (name: string, args, opts?) with its documented `<Class>Args`. */
function componentBreaches(
  where: string,
  name: string,
  ctor: ts.ConstructorDeclaration,
  file: ts.SourceFile,
  inEngine: boolean,
  found: Declarations,
): string[] {
  const params = ctor.parameters.map((p) => p.name.getText(file));
  if (params.join(',') !== 'name,args,opts')
    return [`${where}: constructor(${params.join(', ')}), not (name, args, opts)`];
  const [nameParam, args, opts] = ctor.parameters;
  const out: string[] = [];
  if (nameParam.type?.getText(file) !== 'string') out.push(`${where}: name is not typed string`);
  const optsType = opts.type?.getText(file) ?? '';
  if (!COMPONENT_OPTIONS.has(optsType) || !(opts.questionToken || opts.initializer))
    out.push(`${where}: opts is not an optional pulumi.ComponentResourceOptions`);
  const argsType = args.type?.getText(file);
  if (argsType !== `${name}Args`) return [...out, `${where}: args typed ${argsType}, not ${name}Args`];
  return [...out, ...memberBreaches(where, argsType, inEngine, found)];
}

/** A helper's breaches: (scope, props) or (scope, id, props), props a documented `<Thing>Props`. */
function helperBreaches(
  where: string,
  fn: ts.FunctionDeclaration,
  file: ts.SourceFile,
  inEngine: boolean,
  found: Declarations,
): string[] {
  const params = fn.parameters.map((p) => p.name.getText(file));
  if (params.join(',') !== 'scope,props' && params.join(',') !== 'scope,id,props')
    return [`${where}: (${params.join(', ')}), not (scope, props) or (scope, id, props)`];
  const propsType = fn.parameters[params.length - 1].type?.getText(file) ?? '';
  if (!/^[A-Z]\w*Props$/.test(propsType) || !found.interfaces.has(propsType))
    return [`${where}: props typed ${propsType}, not a <Thing>Props interface`];
  return memberBreaches(where, propsType, inEngine, found);
}

/**
 * The constructs and components checked (`file: Class`) and each breach as
 * `file: Class: what is wrong`, sorted. Engines may not take the model; the composition may.
 */
function check(
  root: string,
  engineDirs: readonly string[],
  compositionDirs: readonly string[],
): { checked: string[]; breaches: string[] } {
  const engine = engineDirs.flatMap((d) => sourceFiles(join(root, d)));
  const found = declarations([...engine, ...compositionDirs.flatMap((d) => sourceFiles(join(root, d)))]);
  const checked: string[] = [];
  const out: string[] = [];
  for (const { node, file } of found.classes) {
    const base = baseName(node) ?? '';
    const rules = CONSTRUCT_BASES.has(base)
      ? constructBreaches
      : COMPONENT_BASES.has(base)
        ? componentBreaches
        : undefined;
    if (!rules) continue;
    const name = node.name!.text;
    const where = `${relative(root, file.fileName)}: ${name}`;
    const ctor = node.members.find(ts.isConstructorDeclaration);
    const isPrivate = ctor?.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
    if (!ctor || isPrivate) continue;
    checked.push(where);
    out.push(...rules(where, name, ctor, file, engine.includes(file.fileName), found));
  }
  for (const { node, file } of found.helpers) {
    const where = `${relative(root, file.fileName)}: ${node.name!.text}()`;
    checked.push(where);
    out.push(...helperBreaches(where, node, file, engine.includes(file.fileName), found));
  }
  return { checked: checked.sort(), breaches: out.sort() };
}

const ENGINES = ['lib/aws', 'lib/okta/program'];
const COMPOSITION = ['stacks'];

describe('construct conventions', () => {
  test('every construct and stack is (scope, id, props), every Pulumi component (name, args, opts), with documented, narrow props', () => {
    const { checked, breaches } = check(ROOT, ENGINES, COMPOSITION);
    expect(checked).toEqual(
      expect.arrayContaining([
        'lib/aws/lifecycle-automation.ts: LifecycleAutomation',
        'lib/aws/lifecycle-triggers.ts: addNightlySweep()',
        'lib/aws/lifecycle-triggers.ts: addWorkflowTriggers()',
        'lib/aws/threat-detection.ts: ThreatDetection',
        'lib/okta/program/okta-component.ts: OktaComponent',
        'stacks/access-stacks.ts: addAccessShards()',
        'stacks/access-stacks.ts: addIdentityCenterAccess()',
        'stacks/it-stack.ts: ItStack',
        'stacks/okta-it.ts: OktaItStack',
        'stacks/okta-security.ts: OktaSecurityStack',
        'stacks/owner-stack.ts: OwnerStack',
        'stacks/security-stack.ts: addSecurityStacks()',
      ]),
    );
    expect(breaches).toEqual([]);
  });

  test('each rule catches its breach (a fixture tree with one per rule)', () => {
    const { checked, breaches } = check(FIXTURE, ENGINES, COMPOSITION);
    expect(checked).toEqual(
      expect.arrayContaining([
        'lib/aws/helper-breaches.ts: addKeepsThem()',
        'lib/okta/program/breaches.ts: KeepsThemComponent',
        'stacks/composition-stack.ts: CompositionStack',
        'stacks/composition-stack.ts: addComposition()',
      ]),
    );
    expect(breaches).toEqual([
      'lib/aws/breaches.ts: ModelTaker: ModelTakerProps.model is OrgModel: pass the fields it uses, not the model',
      'lib/aws/breaches.ts: Positional: constructor(scope, model, id), not (scope, id, props)',
      'lib/aws/breaches.ts: Undocumented: UndocumentedProps.name has no doc comment',
      'lib/aws/breaches.ts: UnsaidDefault: UnsaidDefaultProps.retentionDays is optional without @default',
      'lib/aws/breaches.ts: WronglyTyped: props typed { name: string }, not WronglyTypedProps',
      'lib/aws/helper-breaches.ts: addLooselyTyped(): props typed { name: string }, not a <Thing>Props interface',
      'lib/aws/helper-breaches.ts: addModelTaker(): AddModelTakerProps.model is OrgModel: pass the fields it uses, not the model',
      'lib/aws/helper-breaches.ts: addPositional(): (stack, model, id), not (scope, props) or (scope, id, props)',
      'lib/aws/helper-breaches.ts: addUndocumented(): AddUndocumentedProps.prefix has no doc comment',
      'lib/okta/program/breaches.ts: LooseArgs: args typed { kind: string }, not LooseArgsArgs',
      'lib/okta/program/breaches.ts: ModelArgs: ModelArgsArgs.model is OrgModel: pass the fields it uses, not the model',
      'lib/okta/program/breaches.ts: RequiredOpts: opts is not an optional pulumi.ComponentResourceOptions',
      'lib/okta/program/breaches.ts: SpecFirst: constructor(spec, opts), not (name, args, opts)',
      'lib/okta/program/breaches.ts: UndocumentedArgs: UndocumentedArgsArgs.kind has no doc comment',
    ]);
  });
});
