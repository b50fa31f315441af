import 'reflect-metadata';
import { EnvError, loadEnv, requireConnections } from '../config/env';
import { runMigrationsAndSeed } from '../database/bootstrap';

/** Command-line tools over the same code as the API: `node dist/apps/api/cli.js <command>`. */
const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  migrate: {
    help: 'apply pending database migrations (and seed an empty database unless SEED_ON_EMPTY=false)',
    run: async () => runMigrationsAndSeed(requireConnections(loadEnv()), (l) => console.log(l)),
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `usage: cli <command>\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(14)} ${c.help}`)
        .join('\n')}`,
    );
    process.exit(name ? 2 : 0);
  }
  await command.run(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `galaxy: ${error.message}` : error);
  process.exit(1);
});
