import { Zip, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { csvRow, utf8Bom } from '$lib/domain/formats/csv-write';
import { FileNames } from '$lib/domain/formats/safe-file-name';
import { isoInZone, zonedDay, zonedTime } from '$lib/domain/formats/zoned-time';
import { formatDuration, type VoiceNote } from '$lib/domain/journal/voice-note';
import { audioExtension } from './audio-extension';
import { pause, sliceMs, type PaceOptions } from './paced';
import { text } from './text';

// Voice notes as their own audio files in one zip, each named by when it was recorded (in the
// person's time zone) and its title, made safe for every system, with an index.csv listing
// title, time and length. Stored, not compressed: the audio is compressed already, and storing
// costs nothing but a checksum, so a long recording is zipped in moments.

export interface VoiceAudio {
	note: VoiceNote;
	/** The recording's bytes, every chunk in order; null when they could not be opened. */
	audio: Uint8Array | null;
}

/** A voice note whose audio is opened only when its turn comes, so one is in memory at a time. */
export interface VoiceSource {
	note: VoiceNote;
	audio: () => Promise<Uint8Array | null>;
}

export interface VoiceZipOptions {
	/** The person's time zone, an IANA name: Intl.DateTimeFormat().resolvedOptions().timeZone. */
	timeZone: string;
	/** When the zip is made, the index's time; now when not given. */
	now?: Date;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Each note's file name and time, oldest first, and the index listing them. */
function plan<N extends { note: VoiceNote }>(notes: readonly N[], timeZone: string) {
	const names = new FileNames();
	// The index's own name is taken first, so no recording can be called the same.
	names.reserve(text.files.voiceIndex);
	const ordered = notes.toSorted((a, b) => a.note.recordedAt.localeCompare(b.note.recordedAt));
	return ordered.map((item) => {
		const t = zonedTime(item.note.recordedAt, timeZone);
		const stem = text.voice.file(
			zonedDay(t),
			`${two(t.hour)}-${two(t.minute)}`,
			item.note.name.trim() || text.voice.untitled
		);
		const name = names.name(stem, audioExtension(item.note.type), text.voice.untitled);
		// A zip keeps the wall-clock time with no zone: the person's, read back as this device's.
		const year = Math.min(Math.max(t.year, 1980), 2099);
		const mtime = new Date(year, t.month - 1, t.day, t.hour, t.minute, t.second);
		return { item, name, mtime };
	});
}

function indexFile(
	files: { item: { note: VoiceNote }; name: string }[],
	missing: ReadonlySet<string>,
	timeZone: string
): Uint8Array {
	const c = text.voice.columns;
	const rows = files.map(({ item: { note }, name }) =>
		csvRow([
			missing.has(name) ? '' : name,
			note.name,
			isoInZone(note.recordedAt, timeZone),
			formatDuration(note.durationMs),
			missing.has(name) ? text.voice.missing : note.complete ? '' : text.voice.cutShort
		])
	);
	const header = csvRow([c.file, c.title, c.recorded, c.length, c.note]);
	return new TextEncoder().encode(utf8Bom + header + rows.join(''));
}

/** The zip's bytes, made at once from audio already in memory. */
export function voiceZip(
	notes: readonly VoiceAudio[],
	{ timeZone, now = new Date() }: VoiceZipOptions
): Uint8Array {
	const files = plan(notes, timeZone);
	const entries: Zippable = {};
	const missing = new Set<string>();
	for (const { item, name, mtime } of files) {
		if (item.audio) entries[name] = [item.audio, { mtime }];
		else missing.add(name);
	}
	entries[text.files.voiceIndex] = [indexFile(files, missing, timeZone), { mtime: now }];
	return zipSync(entries, { level: 0 });
}

/** How much audio is checksummed between looks at the clock. */
const stretch = 256 * 1024;

/**
 * The zip as the parts of a Blob (`new Blob(parts, { type: 'application/zip' })`), made a note
 * and a stretch of audio at a time, giving the page a turn between slices, and opening each
 * note's audio only when it is written, so the recordings are never all in memory at once.
 */
export async function voiceZipParts(
	notes: readonly VoiceSource[],
	{ timeZone, now = new Date(), signal }: VoiceZipOptions & PaceOptions
): Promise<Uint8Array[]> {
	const parts: Uint8Array[] = [];
	const failed: Error[] = [];
	const zip = new Zip((error, data) => {
		if (error) failed.push(error);
		else parts.push(data);
	});
	const files = plan(notes, timeZone);
	const missing = new Set<string>();
	let since = performance.now();
	const turn = async () => {
		if (performance.now() - since <= sliceMs) return;
		await pause();
		signal?.throwIfAborted();
		since = performance.now();
	};
	for (const { item, name, mtime } of files) {
		const audio = await item.audio();
		signal?.throwIfAborted();
		if (!audio) {
			missing.add(name);
			continue;
		}
		const file = new ZipPassThrough(name);
		file.mtime = mtime;
		zip.add(file);
		if (audio.length === 0) file.push(audio, true);
		for (let at = 0; at < audio.length; at += stretch) {
			file.push(audio.subarray(at, at + stretch), at + stretch >= audio.length);
			await turn();
		}
	}
	const index = new ZipPassThrough(text.files.voiceIndex);
	index.mtime = now;
	zip.add(index);
	index.push(indexFile(files, missing, timeZone), true);
	zip.end();
	if (failed.length) throw failed[0];
	return parts;
}
