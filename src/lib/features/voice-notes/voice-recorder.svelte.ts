import type { JournalLink } from '$lib/domain/journal/journal-link';
import { voiceNoteKind, voiceNoteLimits, type VoiceNote } from '$lib/domain/journal/voice-note';
import type { Saved } from '$lib/domain/record-kind';
import { SvelteSet } from 'svelte/reactivity';
import { holdAutoLock } from '$lib/features/device/auto-lock';
import { vault } from '$lib/vault';
import { messageFor } from '$lib/vault/person-facing';
import { text } from './text';
import { ChunkWriter, voiceNoteTargets } from './voice-store';

// Recording a voice note with the microphone. The note is saved as soon as recording starts
// and its audio is sealed in chunks while the person speaks, so closing the page, locking the
// journal or a flat battery keeps everything up to the last second or so.

export type RecorderState = 'idle' | 'starting' | 'recording' | 'saving';

/** Notes being recorded now: lists leave them out until they are finished. */
export const recordingNow = new SvelteSet<string>();

// What is waiting is sealed this often, so a phone that kills the page loses seconds, not a minute.
const sealEveryMs = 10_000;

// Speech needs little: 32 kbit/s Opus is clear and about 14 MB an hour.
const bitsPerSecond = 32_000;
const preferredTypes = [
	'audio/webm;codecs=opus',
	'audio/mp4',
	'audio/ogg;codecs=opus',
	'audio/webm'
];

export function canRecord(): boolean {
	return (
		typeof MediaRecorder !== 'undefined' &&
		typeof navigator !== 'undefined' &&
		!!navigator.mediaDevices?.getUserMedia
	);
}

function recordingType(): string | undefined {
	return preferredTypes.find((type) => MediaRecorder.isTypeSupported(type));
}

function microphoneMessage(error: unknown): string {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'NotAllowedError' || name === 'SecurityError') return text.notAllowed;
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return text.noMicrophone;
	if (name === 'NotReadableError' || name === 'AbortError') return text.micBusy;
	return messageFor(error, text.notStarted);
}

export class VoiceRecorder {
	#state = $state<RecorderState>('idle');
	#elapsed = $state(0);
	#error = $state('');
	#saved = $state.raw<Saved<VoiceNote> | null>(null);
	#recorder: MediaRecorder | null = null;
	#stream: MediaStream | null = null;
	#writer: ChunkWriter | null = null;
	#note: Saved<VoiceNote> | null = null;
	#startedAt = 0;
	#queue: Promise<void> = Promise.resolve();
	#ticker: ReturnType<typeof setInterval> | undefined;
	#release: (() => void) | null = null;
	#stopHooks: (() => void) | null = null;
	#destroyed = false;
	#lastSeal = 0;

	get state() {
		return this.#state;
	}
	/** Milliseconds recorded so far. */
	get elapsed() {
		return this.#elapsed;
	}
	get error() {
		return this.#error;
	}
	/** The note last finished, to name it and play it back. */
	get saved() {
		return this.#saved;
	}

	async start(links: JournalLink[], name: string) {
		if (this.#state !== 'idle') return;
		this.#error = '';
		this.#saved = null;
		if (!canRecord()) return void (this.#error = text.unsupported);
		this.#state = 'starting';
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (error) {
			this.#state = 'idle';
			this.#error = microphoneMessage(error);
			return;
		}
		// The screen went while the browser asked for the microphone: never record unseen.
		if (this.#destroyed) {
			this.#cleanUp();
			this.#state = 'idle';
			return;
		}
		try {
			const type = recordingType();
			const recorder = new MediaRecorder(this.#stream, {
				...(type ? { mimeType: type } : {}),
				audioBitsPerSecond: bitsPerSecond
			});
			const data: VoiceNote = {
				name,
				type: (recorder.mimeType || type || 'audio/webm').replace(/\s+/g, ' '),
				// A moment, read once: nothing reacts to it.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				recordedAt: new Date().toISOString(),
				durationMs: 0,
				chunks: 0,
				bytes: 0,
				complete: false,
				links
			};
			const first = vault.records.save(voiceNoteKind, null, data, { keepPrevious: false });
			this.#note = first.saved;
			recordingNow.add(first.saved.id);
			const failed = (error: Error) => this.#stopNow(messageFor(error, text.notSaved));
			first.written.catch(failed);
			this.#writer = new ChunkWriter(vault.records, this.#note.id, failed);
			recorder.ondataavailable = (event) => this.#take(event.data);
			recorder.onstop = () => void this.#finish();
			recorder.onerror = () => this.#stopNow(text.failed);
			this.#recorder = recorder;
			// A slice a second: little is ever waiting to be sealed.
			recorder.start(1000);
		} catch (error) {
			this.#discardNote();
			this.#cleanUp();
			this.#state = 'idle';
			this.#error = messageFor(error, text.notStarted);
			return;
		}
		this.#startedAt = performance.now();
		this.#lastSeal = this.#startedAt;
		this.#elapsed = 0;
		this.#state = 'recording';
		this.#release = holdAutoLock();
		this.#ticker = setInterval(() => {
			const now = performance.now();
			this.#elapsed = now - this.#startedAt;
			if (now - this.#lastSeal >= sealEveryMs) this.#sealWaiting();
			if (this.#elapsed >= voiceNoteLimits.minutes * 60_000) this.stop(text.limit);
		}, 250);
		// Leaving or locking mid-recording keeps what was said; hiding seals what has arrived.
		const now = () => this.#stopNow();
		const hidden = () => document.visibilityState === 'hidden' && this.#sealWaiting();
		const stopLock = vault.beforeLock(now);
		addEventListener('pagehide', now);
		document.addEventListener('visibilitychange', hidden);
		this.#stopHooks = () => {
			stopLock();
			removeEventListener('pagehide', now);
			document.removeEventListener('visibilitychange', hidden);
		};
	}

	/** Stops and saves; the last slice arrives before `onstop`. `why` says so when it was not asked. */
	stop(why = '') {
		if (this.#state !== 'recording' || !this.#recorder) return;
		this.#error = why;
		this.#state = 'saving';
		this.#elapsed = performance.now() - this.#startedAt;
		clearInterval(this.#ticker);
		this.#recorder.stop();
	}

	#take(blob: Blob) {
		const writer = this.#writer;
		if (!writer || blob.size === 0) return;
		this.#queue = this.#queue
			.then(() => blob.arrayBuffer())
			.then((buffer) => writer.add(new Uint8Array(buffer)));
	}

	/**
	 * Seals the slices that have arrived, however few (the page may be about to go), and notes
	 * how long the recording is so far: if the page is killed, the note says how much it kept.
	 */
	#sealWaiting() {
		this.#lastSeal = performance.now();
		const writer = this.#writer;
		if (!writer) return;
		const elapsed = this.#lastSeal - this.#startedAt;
		this.#queue = this.#queue.then(() => {
			writer.flush();
			if (this.#writer !== writer || this.#state !== 'recording') return;
			this.#saveNote(elapsed, false)?.written.catch((error: Error) =>
				this.#stopNow(messageFor(error, text.notSaved))
			);
		});
	}

	async #finish() {
		try {
			await this.#queue;
			this.#writer?.flush();
			if (this.#writer?.bytes === 0) {
				this.#discardNote();
				this.#error = text.nothingRecorded;
				return;
			}
			const saved = this.#saveNote();
			await Promise.all([this.#writer?.written(), saved?.written]);
			this.#saved = saved?.saved ?? null;
		} catch (error) {
			this.#error = messageFor(error, text.notSaved);
		} finally {
			this.#cleanUp();
			this.#state = 'idle';
		}
	}

	/** Seals what has arrived at once (the page is going, or the journal locking). */
	#stopNow(problem = '') {
		if (this.#state !== 'recording' && this.#state !== 'saving') return;
		this.#elapsed = performance.now() - this.#startedAt;
		try {
			this.#writer?.flush();
			this.#saveNote();
		} catch (error) {
			console.error(error);
		}
		const recorder = this.#recorder;
		if (recorder) {
			recorder.ondataavailable = null;
			recorder.onstop = null;
			if (recorder.state !== 'inactive') recorder.stop();
		}
		this.#cleanUp();
		this.#state = 'idle';
		this.#error = problem;
	}

	/** A note begun but with nothing in it is taken away again. */
	#discardNote() {
		if (!this.#note) return;
		recordingNow.delete(this.#note.id);
		vault.records.removeRestorably(voiceNoteTargets(this.#note.id)).catch(console.error);
		this.#note = null;
	}

	#saveNote(elapsed = this.#elapsed, complete = true) {
		if (!this.#note || !this.#writer) return null;
		const data: VoiceNote = {
			...this.#note.data,
			durationMs: Math.round(elapsed),
			chunks: this.#writer.chunks,
			bytes: this.#writer.bytes,
			complete
		};
		const result = vault.records.save(voiceNoteKind, this.#note, data, { keepPrevious: false });
		this.#note = result.saved;
		return result;
	}

	#cleanUp() {
		clearInterval(this.#ticker);
		if (this.#note) recordingNow.delete(this.#note.id);
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		this.#recorder = null;
		this.#writer = null;
		this.#note = null;
		this.#release?.();
		this.#release = null;
		this.#stopHooks?.();
		this.#stopHooks = null;
	}

	/** The component is going away: keep what was recorded. */
	destroy() {
		this.#destroyed = true;
		this.#stopNow();
	}
}
