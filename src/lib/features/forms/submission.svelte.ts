import { messageFor } from '$lib/vault/person-facing';

// The saving, error and status of a form's one submission, written once for every form: the
// button waits while it runs, and the person is told what was done or, in plain words, what
// went wrong.

export interface SubmissionWords {
	/** Said when the error has no words of its own. */
	failed: string;
	/** Said while it runs. */
	saving?: string;
	/** Said once it worked, unless the work returns words of its own. */
	saved?: string;
	/** Words for errors this form tells its own way; null leaves them to messageFor. */
	explain?: (caught: unknown) => string | null;
}

export class Submission {
	error = $state('');
	status = $state('');
	saving = $state(false);

	/** Runs `work`; returns whether it worked. Words it returns become the status. */
	async run(work: () => Promise<string | void>, words: SubmissionWords): Promise<boolean> {
		this.error = '';
		this.saving = true;
		if (words.saving !== undefined) this.status = words.saving;
		try {
			const said = (await work()) ?? words.saved;
			if (said !== undefined) this.status = said;
			return true;
		} catch (caught) {
			this.status = '';
			this.error = words.explain?.(caught) ?? messageFor(caught, words.failed);
			return false;
		} finally {
			this.saving = false;
		}
	}
}
