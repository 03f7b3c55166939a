import {
	closeSync,
	linkSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	unlinkSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { join, resolve } from 'node:path';

// PGlite is one process's database: two processes writing one folder (`npm start` and `npm run
// relay` together) would corrupt it. So the folder holds a lock file with the holder's pid, made
// so that only one process can create it; a lock whose process is gone is taken over.

export const lockFileName = 'relay.lock';

export class DataFolderInUseError extends Error {
	constructor(
		readonly folder: string,
		readonly pid: number
	) {
		super(
			`The relay's data folder ${folder} is in use by process ${pid}: stop that relay first (if none is running, delete ${join(folder, lockFileName)}).`
		);
		this.name = 'DataFolderInUseError';
	}
}

/** Folders this process holds: a lock naming this pid from an earlier life is stale. */
const held = new Set<string>();

/** The pid a lock file names; null for a file that names none, undefined for no file. */
function holder(file: string): number | null | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	const pid = Number(text.trim());
	return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the folder's lock for this process (making the folder if need be); throws
 * DataFolderInUseError when a live process holds it. `release()` gives it up.
 */
export function lockDataFolder(dataDir: string): { release(): void } {
	const folder = resolve(dataDir);
	const file = join(folder, lockFileName);
	if (held.has(folder)) throw new DataFolderInUseError(folder, process.pid);
	mkdirSync(folder, { recursive: true });
	// Written whole beside the lock, then linked into place: a link is made only where no file
	// is, so no other process ever reads a lock without its pid.
	const mine = `${file}.${process.pid}`;
	writeFileSync(mine, `${process.pid}\n`);
	try {
		for (let attempt = 0; attempt < 10; attempt++) {
			try {
				make(mine, file);
				held.add(folder);
				return {
					release() {
						held.delete(folder);
						if (holder(file) === process.pid) unlinkSync(file);
					}
				};
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			const pid = holder(file);
			if (pid === undefined) continue;
			if (pid !== null && pid !== process.pid && alive(pid))
				throw new DataFolderInUseError(folder, pid);
			takeOver(file, pid);
		}
		throw new Error(`Could not take the lock ${file}: it kept changing.`);
	} finally {
		unlinkSync(mine);
	}
}

/** Puts the lock in place only where none is (EEXIST otherwise). */
function make(written: string, file: string) {
	try {
		linkSync(written, file);
	} catch (error) {
		// A file system without hard links: created empty, then written, a moment apart.
		if (
			!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(
				String((error as NodeJS.ErrnoException).code)
			)
		)
			throw error;
		const fd = openSync(file, 'wx');
		try {
			writeSync(fd, `${process.pid}\n`);
		} finally {
			closeSync(fd);
		}
	}
}

/**
 * Removes a stale lock. Moved aside first and read again there, since another process may have
 * taken it over between our look and the move: a live lock moved by mistake is put back.
 */
function takeOver(file: string, stalePid: number | null) {
	const aside = `${file}.${process.pid}.stale`;
	try {
		renameSync(file, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (holder(aside) !== stalePid) {
		try {
			linkSync(aside, file);
		} catch {
			// Another lock is in place already; the next look reads it.
		}
	}
	unlinkSync(aside);
}
