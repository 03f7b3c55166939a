import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder, lockFileName } from '../../relay/src/data-lock.js';
import { startRelay } from '../../relay/src/relay.js';
import { makeShare, openShare, serveRelay } from './http-relay.js';

// PGlite's folder is one process's at a time: `npm start` and `npm run relay` on the same
// .relay-data would corrupt it. The relay holds a lock file with its pid while it runs.

const folders: string[] = [];
const temp = () => {
	const made = mkdtempSync(join(tmpdir(), 'waymark-relay-lock-'));
	folders.push(made);
	return made;
};
afterAll(() => {
	for (const made of folders) rmSync(made, { recursive: true, force: true });
});
const lockIn = (folder: string) => join(folder, lockFileName);

/** A pid no process has now: one that has just ended. */
function deadPid() {
	const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
		encoding: 'utf8'
	});
	return Number(child.stdout.trim());
}

describe('the lock on a PGlite folder', () => {
	const folder = temp;

	it('holds the pid of the process using the folder, and is gone once given up', () => {
		const dir = folder();
		const lock = lockDataFolder(dir);
		expect(readFileSync(lockIn(dir), 'utf8')).toBe(`${process.pid}\n`);
		expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
		lock.release();
		expect(existsSync(lockIn(dir))).toBe(false);
		lockDataFolder(dir).release();
	});

	it('makes the folder when there is none yet', () => {
		const dir = join(folder(), 'relay-data');
		const lock = lockDataFolder(dir);
		expect(existsSync(lockIn(dir))).toBe(true);
		lock.release();
	});

	it('takes over a lock left by a process that is gone', () => {
		const dir = folder();
		writeFileSync(lockIn(dir), `${deadPid()}\n`);
		const lock = lockDataFolder(dir);
		expect(readFileSync(lockIn(dir), 'utf8')).toBe(`${process.pid}\n`);
		lock.release();
	});

	it('takes over a lock naming no process, or this pid from an earlier life', () => {
		// A container restarted after a crash often gives its process the pid it had before.
		for (const left of ['', 'not a pid\n', `${process.pid}\n`]) {
			const dir = folder();
			writeFileSync(lockIn(dir), left);
			const lock = lockDataFolder(dir);
			expect(readFileSync(lockIn(dir), 'utf8')).toBe(`${process.pid}\n`);
			lock.release();
		}
	});

	it('refuses a folder a live process holds, naming the folder and that process', () => {
		const dir = folder();
		// This test's parent (the vitest runner) is alive and is not this process.
		writeFileSync(lockIn(dir), `${process.ppid}\n`);
		let refused: unknown;
		try {
			lockDataFolder(dir);
		} catch (error) {
			refused = error;
		}
		expect(refused).toBeInstanceOf(DataFolderInUseError);
		expect(refused).toMatchObject({ folder: resolve(dir), pid: process.ppid });
		expect((refused as Error).message).toContain(resolve(dir));
		expect((refused as Error).message).toContain(String(process.ppid));
		expect(readFileSync(lockIn(dir), 'utf8')).toBe(`${process.ppid}\n`);
	});
});

describe('two relays on one PGlite folder', () => {
	// The relay's own command (`npm run relay`), compiled as relay:build compiles it, into a
	// folder of its own beside links to the migrations and the packages.
	let build: string;
	let main: string;
	const children: ChildProcess[] = [];
	beforeAll(() => {
		build = temp();
		const tsc = spawnSync(
			process.execPath,
			[
				'node_modules/typescript/bin/tsc',
				'-p',
				'relay/tsconfig.json',
				'--outDir',
				join(build, 'dist')
			],
			{ encoding: 'utf8' }
		);
		if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
		symlinkSync(resolve('relay/migrations'), join(build, 'migrations'));
		symlinkSync(resolve('node_modules'), join(build, 'node_modules'));
		main = join(build, 'dist', 'main.js');
	}, 60_000);
	afterAll(() => {
		for (const child of children) child.kill('SIGKILL');
	});

	/** `npm run relay` on `folder`; `listening` resolves once it says it listens. */
	function relayCommand(folder: string) {
		const child = spawn(process.execPath, [main], {
			env: { ...process.env, RELAY_DATA_DIR: folder, PORT: '0', DATABASE_URL: '' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		children.push(child);
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (chunk) => (stdout += chunk));
		child.stderr!.on('data', (chunk) => (stderr += chunk));
		const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
		/** Its origin, once it says it listens. */
		const listening = new Promise<string>((done, fail) => {
			child.stdout!.on('data', () => {
				const port = stdout.match(/Waymark relay on port (\d+)/)?.[1];
				if (port) done(`http://127.0.0.1:${port}`);
			});
			void exited.then((code) => fail(new Error(`relay exited (${code}): ${stderr}`)));
		});
		// A relay refused never listens: that is no failure unless a test waits for it.
		listening.catch(() => {});
		return { child, exited, listening, output: () => ({ stdout, stderr }) };
	}

	// One folder for both: PGlite's first start in a new one is the slow part.
	let dataDir: string;
	beforeAll(() => void (dataDir = join(temp(), 'relay-data')));

	it('refuses the second in one line naming the folder and the first, and exits 1', async () => {
		const first = relayCommand(dataDir);
		await first.listening;
		const pid = first.child.pid!;
		expect(readFileSync(lockIn(dataDir), 'utf8')).toBe(`${pid}\n`);

		const second = relayCommand(dataDir);
		expect(await second.exited).toBe(1);
		const { stderr } = second.output();
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(resolve(dataDir));
		expect(stderr).toContain(`process ${pid}`);
		// npm start (scripts/serve.js) starts the relay through the same startRelay: refused alike.
		await expect(startRelay({ where: { dataDir } })).rejects.toMatchObject({
			name: 'DataFolderInUseError',
			pid
		});

		// Stopped as Ctrl+C stops it: the lock goes with it.
		first.child.kill('SIGINT');
		expect(await first.exited).toBe(0);
		expect(existsSync(lockIn(dataDir))).toBe(false);
	}, 60_000);

	it('lets a relay start on the folder of one that was killed, with what it kept', async () => {
		const first = relayCommand(dataDir);
		const share = await makeShare(await first.listening);
		first.child.kill('SIGKILL');
		await first.exited;
		expect(readFileSync(lockIn(dataDir), 'utf8')).toBe(`${first.child.pid}\n`);

		const relay = await serveRelay({ dataDir });
		try {
			expect(readFileSync(lockIn(dataDir), 'utf8')).toBe(`${process.pid}\n`);
			const opened = await openShare(relay.origin, share.id);
			expect(opened.status).toBe(200);
			expect(((await opened.json()) as { ciphertext: string }).ciphertext).toBe(share.ciphertext);
		} finally {
			await relay.stop();
			await relay.closed();
		}
		expect(existsSync(lockIn(dataDir))).toBe(false);
	}, 60_000);
});
