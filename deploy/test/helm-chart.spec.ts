import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { HELM_VERSION, helmBinary } from '../tools/helm';
import { apiEnvNames } from './api-env';

/**
 * The Helm chart deploy/helm/galaxy, rendered by a real helm (`helm template`, `helm lint`) with
 * the default values and with values-production.yaml, and every manifest validated: Kubernetes
 * objects against the Kubernetes 1.27 OpenAPI schemas of `kubernetes-models` (types, required
 * fields, enums and formats; like the API server without strict field validation, it does not
 * refuse an unknown field, so the fields that matter are also read back below), the CloudNativePG
 * Cluster against cnpg-cluster-v1.schema.json (written from the CloudNativePG API reference).
 * No cluster runs here: what the operator or the scheduler would do is not tested.
 */
const chart = join(__dirname, '../helm/galaxy');
const helm = helmBinary();

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
}

function run(args: string[]) {
  return spawnSync(helm, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function render(...args: string[]): Manifest[] {
  const result = run(['template', 'galaxy', chart, '--namespace', 'galaxy', ...args]);
  if (result.status !== 0) throw new Error(`helm template failed: ${result.stderr}`);
  return parseAllDocuments(result.stdout)
    .map((doc) => doc.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
}

// Strict: a keyword the schema misspells is an error too (the `required` inside anyOf names properties defined beside it).
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validateCluster = ajv.compile(
  JSON.parse(readFileSync(join(__dirname, 'schemas/cnpg-cluster-v1.schema.json'), 'utf8')),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const models: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Service': Service,
};

/** Throws with the schema's messages when a manifest is not valid. */
function validate(manifest: Manifest): void {
  const type = `${manifest.apiVersion}/${manifest.kind}`;
  if (type === 'postgresql.cnpg.io/v1/Cluster') {
    if (!validateCluster(manifest as unknown))
      throw new Error(`${type} ${manifest.metadata?.name}: ${ajv.errorsText(validateCluster.errors)}`);
    return;
  }
  const Model = models[type];
  if (!Model) throw new Error(`no schema for ${type}: add its model to this test`);
  new Model(manifest).validate();
}

const byKind = (manifests: Manifest[], kind: string) => manifests.filter((m) => m.kind === kind);
const one = (manifests: Manifest[], kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found)
    throw new Error(`no ${kind} ${name} in ${manifests.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
};
type EnvVar = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: object };
};
const envOf = (m: Manifest): EnvVar[] => m.spec.template.spec.containers[0].env;
const envValue = (m: Manifest, name: string) => envOf(m).find((e) => e.name === name);

const production = ['-f', join(chart, 'values-production.yaml')];
const renders = {
  default: render(),
  production: render(...production),
};

describe(`the Helm chart (helm ${HELM_VERSION})`, () => {
  it('is the pinned helm', () => {
    expect(run(['version', '--short']).stdout).toContain(HELM_VERSION);
  });

  it.each([
    ['default', []],
    ['production', production],
  ])('passes helm lint --strict with the %s values', (_name, args) => {
    const result = run(['lint', '--strict', chart, ...args]);
    expect(result.stdout).toContain('0 chart(s) failed');
    expect(result.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
    expect(result.status).toBe(0);
  });

  it.each(Object.entries(renders))('renders only valid manifests with the %s values', (_name, manifests) => {
    expect(manifests.length).toBeGreaterThan(8);
    for (const manifest of manifests) expect(() => validate(manifest)).not.toThrow();
    // Secrets are referenced, never rendered.
    expect(byKind(manifests, 'Secret')).toEqual([]);
  });

  it('renders what production asks for', () => {
    const kinds = renders.production.map((m) => `${m.kind}/${m.metadata.name}`).sort();
    expect(kinds).toEqual(
      [
        'Cluster/galaxy-pg',
        'Deployment/galaxy-api',
        'Deployment/galaxy-worker',
        'HorizontalPodAutoscaler/galaxy-api',
        'Ingress/galaxy',
        'Job/galaxy-migrate',
        'NetworkPolicy/galaxy-api',
        'NetworkPolicy/galaxy-meilisearch',
        'PodDisruptionBudget/galaxy-api',
        'Service/galaxy',
        'Service/galaxy-meilisearch',
        'Service/galaxy-meilisearch-headless',
        'StatefulSet/galaxy-meilisearch',
      ].sort(),
    );
    // Ingress and NetworkPolicy are off by default.
    expect(byKind(renders.default, 'Ingress')).toEqual([]);
    expect(byKind(renders.default, 'NetworkPolicy')).toEqual([]);
  });
});

describe.each(Object.entries(renders))('the manifests with the %s values', (name, manifests) => {
  const api = one(manifests, 'Deployment', 'galaxy-api');
  const worker = one(manifests, 'Deployment', 'galaxy-worker');
  const job = one(manifests, 'Job', 'galaxy-migrate');

  it('run API pods with GALAXY_ROLE=api, probed on /api/v1/health and /api/v1/ready', () => {
    const container = api.spec.template.spec.containers[0];
    expect(envValue(api, 'GALAXY_ROLE')).toEqual({ name: 'GALAXY_ROLE', value: 'api' });
    expect(envValue(api, 'GALAXY_REPLICA_ID')?.valueFrom?.fieldRef).toEqual({ fieldPath: 'metadata.name' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/api/v1/health', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/api/v1/ready', port: 'http' });
    expect(container.startupProbe.httpGet.path).toBe('/api/v1/health');
    expect(container.command).toEqual(['node', '--enable-source-maps', 'dist/apps/api/main.js']);
    expect(api.spec.strategy.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    // The HPA owns the replica count.
    expect(api.spec.replicas).toBeUndefined();
  });

  it('scale the API with an HPA and protect it with a PodDisruptionBudget that selects its pods', () => {
    const hpa = one(manifests, 'HorizontalPodAutoscaler', 'galaxy-api');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'galaxy-api' });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = one(manifests, 'PodDisruptionBudget', 'galaxy-api');
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
    expect(api.spec.template.metadata.labels).toMatchObject(pdb.spec.selector.matchLabels);
  });

  it('run one worker with GALAXY_ROLE=worker', () => {
    expect(worker.spec.replicas).toBe(1);
    expect(envValue(worker, 'GALAXY_ROLE')).toEqual({ name: 'GALAXY_ROLE', value: 'worker' });
    expect(worker.spec.template.spec.containers[0].livenessProbe.httpGet.path).toBe('/api/v1/health');
  });

  it('migrate in a hook Job by the CLI, before upgrades', () => {
    expect(job.spec.template.spec.containers[0].command).toEqual([
      'node',
      '--enable-source-maps',
      'dist/apps/api/cli.js',
      'migrate',
    ]);
    // With the chart's own CloudNativePG cluster, the first install migrates once the database exists.
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('post-install,pre-upgrade');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('select pods with every Service', () => {
    const pods = [...byKind(manifests, 'Deployment'), ...byKind(manifests, 'StatefulSet')].map(
      (m) => m.spec.template.metadata.labels as Record<string, string>,
    );
    for (const service of byKind(manifests, 'Service')) {
      const selector = service.spec.selector as Record<string, string>;
      expect(pods.some((labels) => Object.entries(selector).every(([k, v]) => labels[k] === v))).toBe(true);
    }
    for (const workload of [...byKind(manifests, 'Deployment'), ...byKind(manifests, 'StatefulSet')]) {
      expect(workload.spec.template.metadata.labels).toMatchObject(workload.spec.selector.matchLabels);
    }
  });

  it('run Meilisearch v1.21.0 (the official image) as a StatefulSet with a volume claim', () => {
    const meili = one(manifests, 'StatefulSet', 'galaxy-meilisearch');
    const container = meili.spec.template.spec.containers[0];
    expect(container.image).toBe('getmeili/meilisearch:v1.21.0');
    expect(container.volumeMounts).toEqual([{ name: 'data', mountPath: '/meili_data' }]);
    expect(meili.spec.volumeClaimTemplates[0].metadata.name).toBe('data');
    expect(meili.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toMatch(/^\d+Gi$/);
    expect(container.env.find((e: EnvVar) => e.name === 'MEILI_MASTER_KEY').valueFrom.secretKeyRef).toBeDefined();
  });

  it('run PostgreSQL as a CloudNativePG Cluster whose app Secret the pods read', () => {
    const cluster = one(manifests, 'Cluster', 'galaxy-pg');
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec.instances).toBeGreaterThanOrEqual(2);
    expect(cluster.spec.bootstrap.initdb).toMatchObject({ database: 'galaxy', owner: 'galaxy' });
    for (const workload of [api, worker, job]) {
      const env = workload.spec.template.spec.containers[0].env as EnvVar[];
      expect(env.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({
        name: 'galaxy-pg-app',
        key: 'uri',
      });
    }
  });

  it('take every secret from a Secret by reference, never as a value', () => {
    const secretish = /KEY|PASSWORD|SECRET|TOKEN|SMTP_URL|DATABASE(_REPLICA)?_URL/;
    for (const workload of [...byKind(manifests, 'Deployment'), ...byKind(manifests, 'StatefulSet'), job]) {
      for (const container of workload.spec.template.spec.containers) {
        for (const env of container.env as EnvVar[]) {
          if (!secretish.test(env.name)) continue;
          // A URL composed by Kubernetes from Secret-backed variables ($(VAR)) holds no secret itself.
          if (env.value !== undefined)
            expect(env.value).toMatch(/^postgresql:\/\/\$\(GALAXY_PG_USER\):\$\(GALAXY_PG_PASSWORD\)@/);
          else expect(env.valueFrom?.secretKeyRef?.name).toBeTruthy();
        }
      }
    }
    if (name === 'production') {
      // Least privilege: Galaxy gets the search and admin keys; only Meilisearch has the master key.
      for (const workload of [api, worker, job]) {
        expect(envValue(workload, 'MEILI_MASTER_KEY')).toBeUndefined();
        expect(envValue(workload, 'MEILI_SEARCH_KEY')?.valueFrom?.secretKeyRef).toEqual({
          name: 'galaxy-meili-keys',
          key: 'MEILI_SEARCH_KEY',
        });
      }
      expect(envValue(api, 'DATABASE_REPLICA_URL')?.value).toContain('@galaxy-pg-ro:5432/galaxy');
    }
  });

  it('set only variables the API reads (and the two it composes URLs from)', () => {
    const known = new Set([...apiEnvNames(), 'GALAXY_PG_USER', 'GALAXY_PG_PASSWORD']);
    for (const workload of [api, worker, job]) {
      const unknown = envOf(workload)
        .map((e) => e.name)
        .filter((v) => !known.has(v));
      expect({ workload: workload.metadata.name, unknown }).toEqual({ workload: workload.metadata.name, unknown: [] });
    }
  });

  it('run every container as non-root without privilege escalation', () => {
    for (const workload of [...byKind(manifests, 'Deployment'), ...byKind(manifests, 'StatefulSet'), job]) {
      const pod = workload.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of pod.containers) expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
    }
  });
});

describe('values that cannot work', () => {
  it.each([
    [['--set', 'postgresql.mode=bogus'], "at '/postgresql/mode': value must be one of 'cnpg', 'external'"],
    [['--set', 'postgresql.cnpg.instances=0'], "at '/postgresql/cnpg/instances': minimum: got 0, want 1"],
    [['--set', 'ingres.enabled=true'], "additional properties 'ingres' not allowed"],
    [['--set', 'trustProxy=true'], "at '/trustProxy': got boolean, want string"],
    [['--set-string', 'trustProxy=true'], "at '/trustProxy'"],
    [['--set', 'publicUrl=galaxy.example.org'], "at '/publicUrl'"],
  ])('refuses values that values.schema.json rules out (%j)', (args, message) => {
    const result = run(['template', 'galaxy', chart, ...args]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('refuses an external database without its Secret', () => {
    const external = run(['template', 'galaxy', chart, '--set', 'postgresql.mode=external']);
    expect(external.status).not.toBe(0);
    expect(external.stderr).toContain('postgresql.external.existingSecret is required');
  });

  it('uses an external database by reference, and migrates before the first install there', () => {
    const manifests = render(
      '--set',
      'postgresql.mode=external',
      '--set',
      'postgresql.external.existingSecret=galaxy-db',
      '--set',
      'postgresql.external.replicaUrlKey=DATABASE_REPLICA_URL',
    );
    expect(byKind(manifests, 'Cluster')).toEqual([]);
    const api = one(manifests, 'Deployment', 'galaxy-api');
    expect(envValue(api, 'DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'galaxy-db', key: 'DATABASE_URL' });
    expect(envValue(api, 'DATABASE_REPLICA_URL')?.valueFrom?.secretKeyRef).toEqual({
      name: 'galaxy-db',
      key: 'DATABASE_REPLICA_URL',
    });
    expect(one(manifests, 'Job', 'galaxy-migrate').metadata.annotations?.['helm.sh/hook']).toBe(
      'pre-install,pre-upgrade',
    );
    for (const manifest of manifests) expect(() => validate(manifest)).not.toThrow();
  });
});

describe('the validation itself', () => {
  const good = () => JSON.parse(JSON.stringify(renders.default)) as Manifest[];

  it('refuses a Deployment whose field has the wrong type or a required field is missing', () => {
    const api = one(good(), 'Deployment', 'galaxy-api');
    api.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => validate(api)).toThrow(/containerPort must be integer/);
    const worker = one(good(), 'Deployment', 'galaxy-worker');
    delete worker.spec.template.spec.containers[0].name;
    expect(() => validate(worker)).toThrow(/containers\/0 must have required property name/);
  });

  it('refuses a CloudNativePG Cluster without instances, with a misspelt field or a non-string parameter', () => {
    const cluster = one(good(), 'Cluster', 'galaxy-pg');
    delete cluster.spec.instances;
    expect(() => validate(cluster)).toThrow(/must have required property 'instances'/);
    const typo = one(good(), 'Cluster', 'galaxy-pg');
    typo.spec.storage = { ...typo.spec.storage, sizes: '1Gi' };
    expect(() => validate(typo)).toThrow(/must NOT have additional properties/);
    const parameter = one(good(), 'Cluster', 'galaxy-pg');
    parameter.spec.postgresql.parameters.max_connections = 200;
    expect(() => validate(parameter)).toThrow(/must be string/);
  });

  it('refuses a kind it has no schema for', () => {
    expect(() => validate({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } })).toThrow(
      /no schema for v1\/Secret/,
    );
  });
});
