// The CDK way, checked on the source (syntax only, no type checker, so it takes milliseconds):
// every construct and stack of lib/aws/ and stacks/ is `constructor(scope, id, props)` with a
// `<Class>Props` interface whose every prop is documented, each optional one with its
// `@default`; no construct of lib/aws/ takes the whole OrgModel — the composition (stacks/)
// maps the model to each construct's narrow props. A fixture tree shows each rule bites.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const FIXTURE = join(__dirname, 'fixtures', 'construct-conventions');

/** Base classes that make a class a construct (CDK's and the blueprint's own). */
const CONSTRUCT_BASES = new Set(['Construct', 'Stack', 'OwnerStack']);
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
}

function declarations(files: readonly string[]): Declarations {
  const interfaces: Declarations['interfaces'] = new Map();
  const classes: Declarations['classes'] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of file.statements) {
      if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, { node, file });
      if (ts.isClassDeclaration(node) && node.name) classes.push({ node, file });
    }
  }
  return { interfaces, classes };
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

/** The constructs checked (`file: Class`) and each breach as `file: Class: what is wrong`, sorted. */
function check(
  root: string,
  engineDir: string,
  compositionDir: string,
): { checked: string[]; breaches: string[] } {
  const engine = sourceFiles(join(root, engineDir));
  const found = declarations([...engine, ...sourceFiles(join(root, compositionDir))]);
  const checked: string[] = [];
  const out: string[] = [];
  for (const { node, file } of found.classes) {
    if (!CONSTRUCT_BASES.has(baseName(node) ?? '')) continue;
    const name = node.name!.text;
    const where = `${relative(root, file.fileName)}: ${name}`;
    const ctor = node.members.find(ts.isConstructorDeclaration);
    const isPrivate = ctor?.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
    if (!ctor || isPrivate) continue;
    checked.push(where);
    const params = ctor.parameters.map((p) => p.name.getText(file));
    const expected = params.length === 2 ? ['scope', 'id'] : ['scope', 'id', 'props'];
    if (params.join(',') !== expected.join(',')) {
      out.push(`${where}: constructor(${params.join(', ')}), not (scope, id, props)`);
      continue;
    }
    if (params.length === 2) continue;
    const propsType = ctor.parameters[2].type?.getText(file);
    if (propsType !== `${name}Props`) {
      out.push(`${where}: props typed ${propsType}, not ${name}Props`);
      continue;
    }
    const inEngine = engine.includes(file.fileName);
    for (const { member, file: at } of members(propsType, found)) {
      const prop = `${propsType}.${member.name?.getText(at)}`;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      if (docs.length === 0) out.push(`${where}: ${prop} has no doc comment`);
      const hasDefault = docs.some((d) => d.tags?.some((t) => t.tagName.text === 'default'));
      if (member.questionToken && !hasDefault) out.push(`${where}: ${prop} is optional without @default`);
      const type = ts.isPropertySignature(member) ? (member.type?.getText(at) ?? '') : '';
      if (inEngine && MODEL_TYPES.test(type))
        out.push(`${where}: ${prop} is ${type}: pass the fields it uses, not the model`);
    }
  }
  return { checked: checked.sort(), breaches: out.sort() };
}

describe('construct conventions', () => {
  test('every construct and stack is (scope, id, props) with documented, narrow props', () => {
    const { checked, breaches } = check(ROOT, 'lib/aws', 'stacks');
    expect(checked).toEqual(
      expect.arrayContaining([
        'lib/aws/lifecycle-automation.ts: LifecycleAutomation',
        'lib/aws/threat-detection.ts: ThreatDetection',
        'stacks/it-stack.ts: ItStack',
        'stacks/owner-stack.ts: OwnerStack',
      ]),
    );
    expect(breaches).toEqual([]);
  });

  test('each rule catches its breach (a fixture tree with one per rule)', () => {
    const { checked, breaches } = check(FIXTURE, 'lib/aws', 'stacks');
    expect(checked).toContain('stacks/composition-stack.ts: CompositionStack');
    expect(breaches).toEqual([
      'lib/aws/breaches.ts: ModelTaker: ModelTakerProps.model is OrgModel: pass the fields it uses, not the model',
      'lib/aws/breaches.ts: Positional: constructor(scope, model, id), not (scope, id, props)',
      'lib/aws/breaches.ts: Undocumented: UndocumentedProps.name has no doc comment',
      'lib/aws/breaches.ts: UnsaidDefault: UnsaidDefaultProps.retentionDays is optional without @default',
      'lib/aws/breaches.ts: WronglyTyped: props typed { name: string }, not WronglyTypedProps',
    ]);
  });
});
