import { ArgumentError, clusterPorts, parseLauncherArgs } from './args';

describe('launcher arguments', () => {
  it('runs one process without --replicas, as npm start always did', () => {
    expect(parseLauncherArgs([])).toEqual({ dev: false });
    expect(parseLauncherArgs(['--dev'])).toEqual({ dev: true });
  });

  it('takes --replicas N and --replicas=N', () => {
    expect(parseLauncherArgs(['--replicas', '3'])).toEqual({ dev: false, replicas: 3 });
    expect(parseLauncherArgs(['--replicas=16'])).toEqual({ dev: false, replicas: 16 });
  });

  it.each([['0'], ['1.5'], ['-2'], ['three'], ['17'], ['']])('refuses --replicas %p with a clear message', (n) => {
    expect(() => parseLauncherArgs(['--replicas', n])).toThrow(ArgumentError);
    expect(() => parseLauncherArgs(['--replicas', n])).toThrow(
      /^--replicas takes the number of API processes, a whole number from 1 to 16/,
    );
  });

  it('refuses --replicas with no number, and with --dev', () => {
    expect(() => parseLauncherArgs(['--replicas'])).toThrow(/whole number/);
    expect(() => parseLauncherArgs(['--dev', '--replicas', '2'])).toThrow(/does not combine with --dev/);
  });

  it('puts the replicas after PORT and the worker (and its successor) after them', () => {
    expect(clusterPorts(3000, 3)).toEqual({ api: [3001, 3002, 3003], worker: [3004, 3005] });
  });
});
