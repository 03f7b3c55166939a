import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImportFile } from '$lib/domain/imports/read-import';

// The made-up export files in tests/fixtures/imports, as the screen would hand them over:
// their bytes, and the SHA-256 the screen computes with Web Crypto.

const folder = join(import.meta.dirname, '../../../fixtures/imports');

export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join(folder, name)));
}

export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export function readFixture(name: string, timeZone = 'Europe/London') {
	return readImportFile(fixtureBytes(name), timeZone);
}
