import type { RecordKind, Saved } from '$lib/domain/record-kind';
import { vault } from '$lib/vault';
import { commitPendingInput } from '$lib/ui/pending-input';
import { messageFor } from '$lib/vault/person-facing';
import { text } from './text';

// Autosave for an editor: the person types, and a moment after they pause the whole section is
// sealed and stored. Saving also happens at once when the page is hidden or closed, when the
// journal locks, and when the editor goes away, so nothing typed is lost mid-sentence.
// One sitting (from opening the section to leaving it) becomes one revision in its history.

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

const pause = 600;

export class Draft<T> {
	/** What the editor shows and changes; deep state, so fields bind straight into it. */
	data: T = $state() as T;
	#state = $state<SaveState>('saved');
	#failure = $state('');
	/** The last save replaced words another tab had saved here; those are kept as a revision. */
	#keptOther = $state(false);
	#current = $state.raw<Saved<T> | null>(null);
	readonly #kind: RecordKind<T>;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#keptPrevious = false;
	#pending = 0;

	constructor(kind: RecordKind<T>, current: Saved<T> | null, empty: T) {
		this.#kind = kind;
		this.#current = current;
		this.data = structuredClone(current?.data ?? empty);
	}

	get state() {
		return this.#state;
	}
	/** What went wrong with the last save, in plain words. */
	get failure() {
		return this.#failure;
	}
	/** Whether the last save wrote over words from another tab (kept among earlier versions). */
	get keptOther() {
		return this.#keptOther;
	}
	/** The version on disk (or on its way there). */
	get current() {
		return this.#current;
	}

	/** Call after every change: the save waits for a pause in typing. */
	changed() {
		this.#state = 'unsaved';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), pause);
	}

	/** Saves now if anything is unsaved. Seals synchronously: safe to call as the page goes. */
	flush() {
		clearTimeout(this.#timer);
		commitPendingInput();
		if (this.#state !== 'unsaved' && this.#state !== 'failed') return;
		if (vault.status !== 'unlocked') return;
		// The journal was replaced in another tab: this key is discarded, so nothing may be sealed.
		if (vault.changes.replacedElsewhere) return;
		// The first save of a sitting keeps the version it started from as a revision.
		const keepPrevious = this.#current !== null && !this.#keptPrevious;
		const [before, keptBefore] = [this.#current, this.#keptPrevious];
		try {
			const { saved, written, keptOther } = vault.records.save(
				this.#kind,
				this.#current,
				$state.snapshot(this.data) as T,
				{ keepPrevious }
			);
			// A record made in this sitting had nothing before it: the sitting is its first version.
			this.#keptPrevious ||= keepPrevious || this.#current === null;
			this.#current = saved;
			this.#state = 'saving';
			this.#pending++;
			void keptOther.then((kept) => (this.#keptOther = kept));
			written.then(
				() => {
					if (--this.#pending === 0 && this.#state === 'saving') this.#state = 'saved';
				},
				(error: Error) => {
					// Nothing reached the disk: the next try saves over what is really there.
					if (this.#current === saved) [this.#current, this.#keptPrevious] = [before, keptBefore];
					this.#fail(error);
				}
			);
		} catch (error) {
			this.#fail(error as Error);
		}
	}

	#fail(error: Error) {
		this.#pending = Math.max(0, this.#pending - 1);
		console.error(error);
		this.#failure = messageFor(error, text.notSaved);
		this.#state = 'failed';
	}

	/** The record was deleted: nothing typed since is saved, and leaving does not bring it back. */
	discard() {
		clearTimeout(this.#timer);
		this.#state = 'saved';
	}

	/** Makes an earlier version current (kept as a new revision) and shows it. */
	restore(version: T) {
		this.flush();
		this.data = structuredClone(version);
		this.#keptPrevious = false;
		this.#state = 'unsaved';
		this.flush();
	}

	/**
	 * Saves whenever the person might be leaving: the page hidden or closed, the journal
	 * locking. Call from an $effect; the returned function (the editor going away) saves too.
	 */
	guard(): () => void {
		const flush = () => this.flush();
		const hidden = () => document.visibilityState === 'hidden' && flush();
		document.addEventListener('visibilitychange', hidden);
		addEventListener('pagehide', flush);
		const stopLockHook = vault.beforeLock(flush);
		return () => {
			flush();
			document.removeEventListener('visibilitychange', hidden);
			removeEventListener('pagehide', flush);
			stopLockHook();
		};
	}
}
