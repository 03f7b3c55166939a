import * as v from 'valibot';
import { defineKind, type RecordKind } from '$lib/domain/record-kind';
import { linksSchema } from './journal-link';

// A voice note: its name, its links, and how its audio is kept. The audio itself is sealed in
// chunks of its own kind, one record each (voiceChunkKind), written while the person speaks, so
// a long recording never sits whole in memory and a closed page keeps what was said until then.
// The kind name carries the note's id, so a chunk cannot be moved to another note.

export const voiceNoteLimits = {
	name: 200,
	/**
	 * Raw audio bytes per chunk: about ten seconds at 32 kbit/s, the time between seals, so the
	 * chunk sealed every ten seconds is full rather than a small one padded to a large size.
	 */
	chunkBytes: 40 * 1024,
	/** The largest chunk ever written (a minute's worth, before chunks matched the seals). */
	chunkBytesRead: 192 * 1024,
	/** An hour at a generous bit rate; recording stops itself there. */
	minutes: 60,
	chunks: 2_000
} as const;

export const voiceNoteSchema = v.object({
	name: v.pipe(v.string(), v.maxLength(voiceNoteLimits.name)),
	/** The recording's media type, as the browser made it (audio/webm, audio/mp4). */
	type: v.pipe(v.string(), v.regex(/^audio\/[\w.+-]+(;[\w ,.=+"-]*)?$/), v.maxLength(120)),
	recordedAt: v.pipe(v.string(), v.isoTimestamp()),
	durationMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** How many chunks and bytes were kept: a missing chunk is noticed, not played over. */
	chunks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(voiceNoteLimits.chunks)),
	bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** False while recording: a note still false later was cut short (the page closed). */
	complete: v.boolean(),
	links: linksSchema
});

export type VoiceNote = v.InferOutput<typeof voiceNoteSchema>;

export const voiceNoteKind = defineKind<VoiceNote>('voice-note', voiceNoteSchema);

// Base64url of at most so many bytes.
const base64Length = (bytes: number) => Math.ceil((bytes * 4) / 3) + 4;
const chunkText = base64Length(voiceNoteLimits.chunkBytes);

export const voiceChunkSchema = v.object({
	n: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(voiceNoteLimits.chunks)),
	audio: v.pipe(v.string(), v.maxLength(base64Length(voiceNoteLimits.chunkBytesRead)))
});

export type VoiceChunk = v.InferOutput<typeof voiceChunkSchema>;

// Every chunk is sealed at the size of the largest (its audio, and a generous allowance for the
// ids, times and JSON around it), so neither a note's length nor its last chunk shows.
const chunkPadding = { atLeast: chunkText + 1024 };

export function voiceChunkKind(noteId: string): RecordKind<VoiceChunk> {
	return defineKind(`voice-chunk:${noteId}`, voiceChunkSchema, 'voice-chunk', chunkPadding);
}

/** "3:07", or "1:02:07" past an hour. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
