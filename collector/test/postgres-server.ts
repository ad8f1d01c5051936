import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const INSTALL_HINT =
  'PostgreSQL is not installed, so the PostgreSQL storage tests cannot run. Install it with `sudo apt-get install -y postgresql` (Debian/Ubuntu), or set PG_BIN to the folder that holds initdb and pg_ctl.';

/** A throwaway PostgreSQL server on a loopback port, in a temporary folder. */
export interface PostgresServer {
  /** Connection string for the `postgres` database as the `postgres` superuser. */
  url: string;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** initdb and pg_ctl: from $PG_BIN when set, else the newest Debian install under /usr/lib/postgresql, else $PATH. */
function findBinaries(): { initdb: string; pgCtl: string } {
  const chosen = process.env['PG_BIN'];
  if (chosen) {
    if (existsSync(join(chosen, 'initdb')) && existsSync(join(chosen, 'pg_ctl'))) return { initdb: join(chosen, 'initdb'), pgCtl: join(chosen, 'pg_ctl') };
    throw new Error(`PG_BIN is set to ${chosen}, but initdb and pg_ctl are not there. ${INSTALL_HINT}`);
  }
  const folders: string[] = [];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    folders.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  folders.push(...(process.env['PATH'] ?? '').split(':').filter(Boolean));
  const folder = folders.find((candidate) => existsSync(join(candidate, 'initdb')) && existsSync(join(candidate, 'pg_ctl')));
  if (!folder) throw new Error(INSTALL_HINT);
  return { initdb: join(folder, 'initdb'), pgCtl: join(folder, 'pg_ctl') };
}

async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free loopback port.');
  return address.port;
}

/** PostgreSQL refuses to run as root, so as root every command runs as the `postgres` system user. */
async function asServerUser(folder: string): Promise<(command: string, args: string[]) => Promise<void>> {
  if (process.getuid?.() !== 0) return async (command, args) => void (await run(command, args));
  let uid: number;
  let gid: number;
  try {
    uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  } catch {
    throw new Error(`Running as root, and there is no "postgres" user to run PostgreSQL as. ${INSTALL_HINT}`);
  }
  chownSync(folder, uid, gid);
  return async (command, args) => void (await run('runuser', ['-u', 'postgres', '--', command, ...args]));
}

/** Creates a cluster with initdb, starts it with pg_ctl and waits until it accepts connections. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const { initdb, pgCtl } = findBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'collector-pg-'));
  const data = join(folder, 'data');
  try {
    const asPostgres = await asServerUser(folder);
    const port = await freeLoopbackPort();
    await asPostgres(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Unix socket in the temp folder, TCP on loopback only.
    await asPostgres(pgCtl, ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '30', 'start', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`]);
    const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    return {
      url: urlFor('postgres'),
      urlFor,
      async stop() {
        try {
          await asPostgres(pgCtl, ['-D', data, '-w', '-t', '30', '-m', 'fast', 'stop']);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
