import type { JournalLink } from '$lib/domain/journal/journal-link';
import { voiceNoteKind, voiceNoteLimits, type VoiceNote } from '$lib/domain/journal/voice-note';
import type { Saved } from '$lib/domain/record-kind';
import { holdAutoLock } from '$lib/features/unlock/auto-lock';
import { vault } from '$lib/vault';
import { messageFor } from '$lib/vault/person-facing';
import { text } from './text';
import { ChunkWriter } from './voice-store';

// Recording a voice note with the microphone. The note is saved as soon as recording starts
// and its audio is sealed in chunks while the person speaks, so closing the page, locking the
// journal or a flat battery keeps everything up to the last second or so.

export type RecorderState = 'idle' | 'starting' | 'recording' | 'saving';

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
	if (name === 'NotAllowedError' || name === 'SecurityError') return text.voice.notAllowed;
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return text.voice.noMicrophone;
	if (name === 'NotReadableError' || name === 'AbortError') return text.voice.micBusy;
	return messageFor(error, text.voice.notStarted);
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
		if (!canRecord()) return void (this.#error = text.voice.unsupported);
		this.#state = 'starting';
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (error) {
			this.#state = 'idle';
			this.#error = microphoneMessage(error);
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
			this.#note = vault.records.save(voiceNoteKind, null, data, { keepPrevious: false }).saved;
			this.#writer = new ChunkWriter(vault.records, this.#note.id);
			recorder.ondataavailable = (event) => this.#take(event.data);
			recorder.onstop = () => void this.#finish();
			recorder.onerror = () => this.#stopNow(text.voice.failed);
			this.#recorder = recorder;
			// A slice a second: little is ever waiting to be sealed.
			recorder.start(1000);
		} catch (error) {
			this.#cleanUp();
			this.#state = 'idle';
			this.#error = messageFor(error, text.voice.notStarted);
			return;
		}
		this.#startedAt = performance.now();
		this.#elapsed = 0;
		this.#state = 'recording';
		this.#release = holdAutoLock();
		this.#ticker = setInterval(() => {
			this.#elapsed = performance.now() - this.#startedAt;
			if (this.#elapsed >= voiceNoteLimits.minutes * 60_000) this.stop();
		}, 250);
		// Leaving or locking mid-recording keeps what was said.
		const now = () => this.#stopNow();
		const stopLock = vault.beforeLock(now);
		addEventListener('pagehide', now);
		this.#stopHooks = () => {
			stopLock();
			removeEventListener('pagehide', now);
		};
	}

	/** Stops and saves; the last slice arrives before `onstop`. */
	stop() {
		if (this.#state !== 'recording' || !this.#recorder) return;
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

	async #finish() {
		try {
			await this.#queue;
			this.#writer?.flush();
			const saved = this.#saveNote();
			await Promise.all([this.#writer?.written(), saved?.written]);
			this.#saved = saved?.saved ?? null;
		} catch (error) {
			this.#error = messageFor(error, text.voice.notSaved);
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

	#saveNote() {
		if (!this.#note || !this.#writer) return null;
		const data: VoiceNote = {
			...this.#note.data,
			durationMs: Math.round(this.#elapsed),
			chunks: this.#writer.chunks,
			bytes: this.#writer.bytes,
			complete: true
		};
		const result = vault.records.save(voiceNoteKind, this.#note, data, { keepPrevious: false });
		this.#note = result.saved;
		return result;
	}

	#cleanUp() {
		clearInterval(this.#ticker);
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
		this.#stopNow();
	}
}
