// The deployment's own rules (deploy/kubernetes/check.mjs applies them to every rendered document set):
// what the schemas cannot say about this product's manifests. Each returns a list of problems.
import { isDeepStrictEqual } from 'node:util';

// Names of settings that are secrets: only ever by reference to a Secret.
const SECRETISH = /PASSWORD|SECRET|_TOKEN$|_KEYS?$|ACCESS_KEY/;
const id = (doc) => `${doc.kind} ${doc.metadata?.name}`;
const matches = (selector, labels) => !!selector && Object.keys(selector).length > 0
  && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const seconds = (duration) => { const m = /^(\d+)s$/.exec(duration ?? ''); return m ? Number(m[1]) : undefined; };

function containerProblems(doc, c) {
  const where = `${id(doc)} container ${c.name}`;
  const problems = [];
  if (!/[:@]/.test(c.image ?? '') || /:latest$/.test(c.image)) problems.push(`${where}: image ${c.image} has no pinned tag`);
  for (const probe of ['readinessProbe', 'livenessProbe']) if (!c[probe]) problems.push(`${where}: no ${probe}`);
  for (const kind of ['requests', 'limits']) {
    for (const r of ['cpu', 'memory']) if (c.resources?.[kind]?.[r] === undefined) problems.push(`${where}: no ${kind}.${r}`);
  }
  if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${where}: root file system not read-only`);
  if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: privilege escalation allowed`);
  for (const e of c.env ?? []) {
    if (SECRETISH.test(e.name) && e.value !== undefined) problems.push(`${where}: ${e.name} has an inline value (use secretKeyRef)`);
  }
  return problems;
}

export function checkRules(docs, { realm } = {}) {
  const problems = [];
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const deployments = of('Deployment');
  for (const doc of of('Secret')) problems.push(`${id(doc)}: a Secret in the manifests (secrets are created with kubectl, by reference here)`);
  for (const doc of of('ConfigMap')) {
    for (const key of Object.keys(doc.data ?? {})) if (SECRETISH.test(key)) problems.push(`${id(doc)}: ${key} is a secret in a ConfigMap`);
  }
  for (const doc of deployments) {
    const pod = doc.spec?.template?.spec ?? {};
    if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${id(doc)}: pods may run as root`);
    for (const c of pod.containers ?? []) problems.push(...containerProblems(doc, c));
  }
  for (const doc of of('Service')) {
    if (!deployments.some((d) => matches(doc.spec?.selector, d.spec?.template?.metadata?.labels))) {
      problems.push(`${id(doc)}: its selector matches no Deployment's pods`);
    }
  }

  // An Ingress sends to one of our Services, or to the one the Keycloak operator makes (<name>-service).
  const services = new Set([...of('Service'), ...of('Keycloak').map((k) => ({ metadata: { name: `${k.metadata.name}-service` } }))].map((d) => d.metadata.name));
  for (const doc of of('Ingress')) {
    for (const path of (doc.spec?.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
      if (!services.has(path.backend?.service?.name)) problems.push(`${id(doc)}: its backend ${path.backend?.service?.name} is no Service here`);
    }
  }

  const api = deployments.find((d) => d.metadata?.labels?.['app.kubernetes.io/component'] === 'api');
  const web = deployments.find((d) => d.metadata?.labels?.['app.kubernetes.io/component'] === 'web');
  if (!api || !web) return [...problems, 'no Deployment labelled app.kubernetes.io/component: api and one with web'];
  const apiLabels = api.spec.template.metadata.labels;
  const webLabels = web.spec.template.metadata.labels;
  const apiPod = api.spec.template.spec;
  if (!(api.spec.replicas >= 2)) problems.push(`${id(api)}: ${api.spec.replicas ?? 1} replica(s), at least 2 wanted`);
  if (!apiPod.containers.every((c) => c.startupProbe)) problems.push(`${id(api)}: no startupProbe`);
  const config = apiPod.containers.flatMap((c) => c.envFrom ?? []).map((e) => e.configMapRef?.name)
    .map((name) => docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === name)).find((d) => d?.data?.QUARKUS_SHUTDOWN_TIMEOUT);
  const shutdown = seconds(config?.data?.QUARKUS_SHUTDOWN_TIMEOUT);
  if (shutdown === undefined) problems.push(`${id(api)}: no QUARKUS_SHUTDOWN_TIMEOUT in seconds in its ConfigMap`);
  else if (!((apiPod.terminationGracePeriodSeconds ?? 30) > shutdown)) {
    problems.push(`${id(api)}: terminationGracePeriodSeconds ${apiPod.terminationGracePeriodSeconds ?? 30} is not longer than the shutdown timeout ${shutdown}s`);
  }

  const pdbs = of('PodDisruptionBudget').filter((d) => matches(d.spec?.selector?.matchLabels, apiLabels));
  if (!pdbs.some((d) => d.spec.minAvailable >= 1)) problems.push('no PodDisruptionBudget keeps at least 1 API pod');
  const hpas = of('HorizontalPodAutoscaler').filter((d) => d.spec?.scaleTargetRef?.kind === 'Deployment' && d.spec.scaleTargetRef.name === api.metadata.name);
  if (!hpas.length) problems.push('no HorizontalPodAutoscaler scales the API');
  for (const d of hpas) if (!(d.spec.minReplicas >= 2)) problems.push(`${id(d)}: minReplicas below 2`);
  const policies = of('NetworkPolicy').filter((d) => matches(d.spec?.podSelector?.matchLabels, apiLabels));
  if (!policies.some((d) => d.spec.policyTypes?.includes('Ingress'))) problems.push('no NetworkPolicy restricts what reaches the API');
  for (const d of policies) {
    for (const rule of d.spec.ingress ?? []) {
      if (!rule.from?.length || !rule.from.every((f) => !f.namespaceSelector && !f.ipBlock && matches(f.podSelector?.matchLabels, webLabels))) {
        problems.push(`${id(d)}: lets in more than the web proxy's pods`);
      }
      if (!rule.ports?.length || !rule.ports.every((p) => p.port === 8080 || p.port === 'http')) problems.push(`${id(d)}: opens more than the API's port`);
    }
  }

  for (const d of of('Cluster')) if (!(d.spec?.instances >= 3)) problems.push(`${id(d)}: fewer than 3 PostgreSQL instances`);
  if (realm) {
    const imports = of('KeycloakRealmImport');
    if (!imports.length) problems.push('no KeycloakRealmImport of the production realm');
    for (const d of imports) if (!isDeepStrictEqual(d.spec?.realm, realm)) problems.push(`${id(d)}: its realm differs from keycloak/realm-ro.production.json`);
  }
  return problems;
}
