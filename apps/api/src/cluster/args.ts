/** Most API processes `--replicas` starts on one machine. */
export const MAX_REPLICAS = 16;

export class ArgumentError extends Error {}

export interface LauncherArgs {
  dev: boolean;
  /** Undefined: one process, as `npm start` always was. */
  replicas?: number;
}

/** The launcher's command line: `--dev`, `--replicas N` (or `--replicas=N`). */
export function parseLauncherArgs(argv: readonly string[]): LauncherArgs {
  const dev = argv.includes('--dev');
  let given: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--replicas') given = argv[i + 1] ?? '';
    else if (arg.startsWith('--replicas=')) given = arg.slice('--replicas='.length);
  });
  if (given === undefined) return { dev };
  if (!/^\d+$/.test(given) || Number(given) < 1 || Number(given) > MAX_REPLICAS) {
    throw new ArgumentError(
      `--replicas takes the number of API processes, a whole number from 1 to ${MAX_REPLICAS}${given ? ` (not "${given}")` : ''}`,
    );
  }
  if (dev) throw new ArgumentError('--replicas runs the built platform; it does not combine with --dev');
  return { dev, replicas: Number(given) };
}

/**
 * Ports of a cluster on PORT: API replicas on PORT+1…PORT+N, the worker's probes on PORT+N+1, and
 * PORT+N+2 for its successor, which a rolling restart starts before it stops the old one.
 */
export function clusterPorts(port: number, replicas: number): { api: number[]; worker: [number, number] } {
  return {
    api: Array.from({ length: replicas }, (_, i) => port + 1 + i),
    worker: [port + replicas + 1, port + replicas + 2],
  };
}
