import { decodeBase64url, encodeBase64url } from '$lib/crypto/base64url';
import type { JournalLink } from '$lib/domain/journal/journal-link';
import { sameLink } from '$lib/domain/journal/journal-link';
import {
	voiceChunkKind,
	voiceNoteKind,
	voiceNoteLimits,
	type VoiceNote
} from '$lib/domain/journal/voice-note';
import type { Saved } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import type { Reader, Repository } from '$lib/vault/repository';

// Voice notes as the screens use them: the audio is sealed chunk by chunk as it is recorded,
// and opened chunk by chunk to play, so neither holds a long recording whole twice over.

export function notesLinkedTo(notes: Saved<VoiceNote>[], link: JournalLink | null) {
	const linked = link
		? notes.filter((note) => note.data.links.some((l) => sameLink(l, link)))
		: notes;
	return [...linked].sort((a, b) => b.data.recordedAt.localeCompare(a.data.recordedAt));
}

/**
 * Collects recorded audio and seals it in chunks of a fixed size as it comes. Every write is
 * sealed before the call returns (see Repository.save), so `flush` is safe as the page closes.
 */
export class ChunkWriter {
	readonly #records: Repository;
	readonly #noteId: string;
	#pending: Uint8Array[] = [];
	#pendingBytes = 0;
	#written: Promise<void>[] = [];
	chunks = 0;
	bytes = 0;

	readonly #failed: (error: Error) => void;

	/** `failed` hears of a chunk that could not be written (storage full), as soon as it happens. */
	constructor(records: Repository, noteId: string, failed: (error: Error) => void = () => {}) {
		this.#records = records;
		this.#noteId = noteId;
		this.#failed = failed;
	}

	add(data: Uint8Array) {
		this.#pending.push(data);
		this.#pendingBytes += data.length;
		this.bytes += data.length;
		while (this.#pendingBytes >= voiceNoteLimits.chunkBytes) this.#seal(voiceNoteLimits.chunkBytes);
	}

	/** Seals whatever is waiting, however little. */
	flush() {
		if (this.#pendingBytes > 0) this.#seal(this.#pendingBytes);
	}

	/** Settles once every chunk sealed so far is on disk. */
	written(): Promise<void> {
		return Promise.all(this.#written).then(() => undefined);
	}

	#seal(size: number) {
		const out = new Uint8Array(size);
		let filled = 0;
		while (filled < size) {
			const next = this.#pending[0];
			const take = Math.min(next.length, size - filled);
			out.set(next.subarray(0, take), filled);
			filled += take;
			if (take === next.length) this.#pending.shift();
			else this.#pending[0] = next.subarray(take);
		}
		this.#pendingBytes -= size;
		const { written } = this.#records.save(
			voiceChunkKind(this.#noteId),
			null,
			{ n: this.chunks, audio: encodeBase64url(out) },
			{ keepPrevious: false }
		);
		this.chunks++;
		written.catch((error: Error) => this.#failed(error));
		this.#written.push(written);
	}
}

export class AudioMissingError extends Error {
	constructor() {
		super('Part of this recording is missing, so it can’t all be played.');
		this.name = 'AudioMissingError';
	}
}

/**
 * The recording as a Blob to play, opened one chunk at a time. Each chunk's bytes become a
 * small Blob of their own at once, so only one chunk is ever held decrypted as an array.
 */
export async function openAudio(records: Repository, id: string, note: VoiceNote): Promise<Blob> {
	const kind = voiceChunkKind(id);
	const parts: { n: number; blob: Blob }[] = [];
	for (const chunkId of await records.ids(kind)) {
		const chunk = await records.get(kind, chunkId);
		if (!chunk) continue;
		parts.push({
			n: chunk.data.n,
			blob: new Blob([decodeBase64url(chunk.data.audio) as BlobPart])
		});
	}
	parts.sort((a, b) => a.n - b.n);
	const inOrder = parts.every((part, index) => part.n === index);
	if (!inOrder || (note.complete && parts.length !== note.chunks)) throw new AudioMissingError();
	if (parts.length === 0) throw new AudioMissingError();
	return new Blob(
		parts.map((part) => part.blob),
		{ type: note.type }
	);
}

/** Removes a voice note and its audio; the function returned brings them back. */
export function removeVoiceNote(id: string) {
	return vault.records.removeRestorably(voiceNoteTargets(id));
}

/** Every voice note that opens; one altered outside Waymark does not hide the others. */
export async function loadVoiceNotes(records: Reader = vault.records) {
	return (await records.listReadable(voiceNoteKind)).records;
}

/** A voice note and its audio, as targets for removing them together. */
export function voiceNoteTargets(id: string) {
	return [{ kind: voiceNoteKind, id }, { kind: voiceChunkKind(id) }];
}
