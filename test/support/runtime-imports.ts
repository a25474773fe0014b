// The repository modules a program may load at run time: imports, re-exports, import() and
// require() of local paths followed from the entry points, without type-only imports (erased
// when compiled) and without packages. Read with TypeScript's own parser (for .ts, .cjs and
// .js alike), so what counts as an import is the compiler's.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export function runtimeImports(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((e) => resolve(root, e));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Whatever esbuild would load as code (an extensionless file too), its imports run.
    if (!/\.(json|css)$/.test(file)) pending.push(...localImports(file));
  }
  return [...seen].map((f) => relative(root, f).split('\\').join('/')).sort();
}

function localImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !typeOnly(statement.importClause))
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
  }
  // `import('./x')` and `require('./x')` anywhere count too: a lazily loaded module still runs
  // in the process (over-approximating is the safe side for an ownership check).
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      specifiers.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => resolveModule(dirname(file), s));
}

function typeOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import './side-effect'` runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  );
}

/** esbuild's default resolveExtensions, in its order (it builds the dist/ bundles). */
export const ESBUILD_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.css', '.json'];

/** The file a specifier names, found as esbuild finds it: the exact file, then by extension. */
function resolveModule(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  const candidates = [
    base,
    ...ESBUILD_EXTENSIONS.map((ext) => `${base}${ext}`),
    ...ESBUILD_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return found;
}
