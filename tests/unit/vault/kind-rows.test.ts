import { describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/crypto/record-id';
import { eachPartOfKind } from '$lib/vault/kind-rows';
import { defineDatabase, type RecordRow } from '$lib/vault/schema';
import { freshName } from './helpers';

// Every row of a kind arrives exactly once, whatever its id, and no row of another kind does.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const row = (id: string, kind: string): RecordRow => ({ id, kind, ciphertext: id });

async function read(version: number | undefined, rows: RecordRow[], tag: string) {
	const db = defineDatabase(version, freshName());
	await db.open();
	try {
		await db.records.bulkAdd(rows);
		const parts: string[][] = [];
		await eachPartOfKind(db.records, tag, (part) => parts.push(part.map((r) => r.id)));
		return parts;
	} finally {
		await db.delete();
	}
}

describe('eachPartOfKind', () => {
	const ids = [
		...Array.from({ length: 300 }, newRecordId),
		// Each character at the edges of the parts, and ids no random one has.
		...[...alphabet].flatMap((c) => [c, `${c}${c}`]),
		'',
		'plan:crisis-plan',
		'~',
		'\uffee'
	];
	const rows = [
		...ids.map((id) => row(id, 'tag-a')),
		...Array.from({ length: 50 }, () => row(newRecordId(), 'tag-b'))
	];

	it('reads every row of the kind once, in parts, and none of another kind', async () => {
		const parts = await read(undefined, rows, 'tag-a');
		expect(parts.length).toBeGreaterThan(8);
		expect(parts.flat().sort()).toEqual([...ids].sort());
		// Random ids spread over the parts: none holds much more than its share.
		expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(ids.length / 4);
	});

	it('reads in one part where the database has no index for parts (an older version)', async () => {
		const parts = await read(4, rows, 'tag-a');
		expect(parts).toHaveLength(1);
		expect(parts[0].sort()).toEqual([...ids].sort());
	});

	it('hands over nothing for a kind with no rows', async () => {
		expect((await read(undefined, rows, 'tag-c')).flat()).toEqual([]);
	});
});
