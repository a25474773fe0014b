// Reads what a plain `blueprint plan --out DIR` wrote as the review's EngineOutputs: the
// Okta desired state of each Pulumi stack (DIR/okta-<stack>.json) and every CloudFormation
// template of the cloud assembly (DIR/cdk.out, by its manifest).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from './aws-diff';
import type { OktaSpecLike } from './okta-diff';
import type { EngineOutputs } from './plan-report';

interface Manifest {
  readonly artifacts?: Record<
    string,
    { readonly type: string; readonly properties?: { templateFile?: string; stackName?: string } }
  >;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function readPlanArtifacts(outDir: string): EngineOutputs {
  const okta: Record<string, readonly OktaSpecLike[]> = {};
  for (const file of readdirSync(outDir)
    .filter((f) => /^okta-.+\.json$/.test(f))
    .sort()) {
    const spec = readJson(join(outDir, file)) as { stack?: string; resources?: OktaSpecLike[] };
    if (!Array.isArray(spec.resources)) throw new Error(`${file} holds no Okta resources`);
    okta[spec.stack ? `okta-${spec.stack}` : file.slice(0, -'.json'.length)] = spec.resources;
  }
  const assembly = join(outDir, 'cdk.out');
  const manifestFile = join(assembly, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('the plan wrote no cdk.out/manifest.json');
  const cdk: Record<string, Template> = {};
  const artifacts = Object.entries((readJson(manifestFile) as Manifest).artifacts ?? {});
  for (const [id, artifact] of artifacts.sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
    cdk[artifact.properties.stackName ?? id] = readJson(
      join(assembly, artifact.properties.templateFile),
    ) as Template;
  }
  if (Object.keys(okta).length === 0) throw new Error('the plan wrote no okta-<stack>.json');
  return { okta, cdk };
}
