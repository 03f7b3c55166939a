import { afterEach, describe, expect, it, vi } from 'vitest';
import { unpack } from '$lib/crypto/bytes';
import { kindTagger } from '$lib/crypto/kind-tag';
import { voiceChunkKind, voiceNoteLimits, type VoiceNote } from '$lib/domain/journal/voice-note';
import type { Vault } from '$lib/vault/vault.svelte';
import { newJournal } from '../../vault/helpers';

// The app's own vault needs a browser worker; these tests use a test vault instead.
vi.mock('$lib/vault', () => ({ vault: null }));
const { AudioMissingError, ChunkWriter, openAudio } =
	await import('$lib/features/voice-notes/voice-store');

let open: Vault[] = [];
afterEach(() => {
	for (const vault of open) vault.close();
	open = [];
});

const note = (chunks: number, bytes: number, complete = true): VoiceNote => ({
	name: 'test',
	type: 'audio/webm;codecs=opus',
	recordedAt: '2026-11-30T10:00:00.000Z',
	durationMs: 1000,
	chunks,
	bytes,
	complete,
	links: []
});

/** Bytes that differ at every position, so a chunk out of place would show. */
function audio(length: number) {
	const bytes = new Uint8Array(length);
	for (let n = 0; n < length; n++) bytes[n] = (n * 7 + (n >> 8)) & 0xff;
	return bytes;
}

// Sealing and opening half a megabyte in fake IndexedDB takes a few seconds on a busy machine.
describe('voice notes in chunks', { timeout: 30_000 }, () => {
	it('seals slices of any size as fixed chunks and plays them back byte for byte', async () => {
		const { vault } = await newJournal();
		open.push(vault);
		const writer = new ChunkWriter(vault.records, 'n1');
		const all = audio(voiceNoteLimits.chunkBytes * 2 + 12_345);
		// Slices the size a recorder hands over, about one a second, odd sizes included.
		for (let at = 0; at < all.length; at += 4_001) writer.add(all.subarray(at, at + 4_001));
		writer.flush();
		await writer.written();
		expect(writer.chunks).toBe(3);
		expect(writer.bytes).toBe(all.length);

		const blob = await openAudio(vault.records, 'n1', note(3, all.length));
		expect(blob.type).toBe('audio/webm;codecs=opus');
		// Compared as one buffer: a deep equal over half a million elements takes seconds.
		expect(Buffer.compare(new Uint8Array(await blob.arrayBuffer()), all)).toBe(0);
	});

	it('stores every chunk at one size, however much audio it holds', async () => {
		const { vault } = await newJournal();
		open.push(vault);
		const writer = new ChunkWriter(vault.records, 'n-size');
		// A full chunk, then the short last one a recording ends with.
		writer.add(audio(voiceNoteLimits.chunkBytes + 3_000));
		writer.flush();
		await writer.written();
		const { db, dataKey } = vault.internals();
		const tag = kindTagger(dataKey)(voiceChunkKind('n-size').name);
		const rows = await db.records.where('kind').equals(tag).toArray();
		const sizes = rows.map((row) => unpack(row.ciphertext).length);
		expect(sizes).toHaveLength(2);
		expect(sizes[0]).toBe(sizes[1]);
	});

	it('refuses to play a recording with a chunk missing, rather than play over the gap', async () => {
		const { vault } = await newJournal();
		open.push(vault);
		const writer = new ChunkWriter(vault.records, 'n2');
		writer.add(audio(voiceNoteLimits.chunkBytes * 3));
		await writer.written();
		const [, middle] = (await vault.records.list(voiceChunkKind('n2'))).sort(
			(a, b) => a.data.n - b.data.n
		);
		await vault.records.remove(voiceChunkKind('n2'), middle.id);
		await expect(openAudio(vault.records, 'n2', note(3, 0))).rejects.toThrow(AudioMissingError);
		// A recording cut short (the page closed) still plays what was kept.
		const cut = new ChunkWriter(vault.records, 'n3');
		cut.add(audio(100));
		cut.flush();
		await cut.written();
		expect((await openAudio(vault.records, 'n3', note(0, 0, false))).size).toBe(100);
	});

	it('keeps a chunk with the note it was recorded for', async () => {
		const { vault } = await newJournal();
		open.push(vault);
		const writer = new ChunkWriter(vault.records, 'n4');
		writer.add(audio(10));
		writer.flush();
		await writer.written();
		expect(await openAudio(vault.records, 'n4', note(1, 10))).toBeInstanceOf(Blob);
		await expect(openAudio(vault.records, 'other', note(1, 10))).rejects.toThrow(AudioMissingError);
	});
});
