import { getContext, setContext, type Snippet } from 'svelte';

// What every modal dialog carries at its top, given by the app's frame: a modal dialog makes the
// rest of the page inert, Quick exit in the header included, so the way out must be inside it too.
// ui may not import features, so the frame hands the dialogs a snippet instead.

const key = Symbol('dialog-tools');

/** Called once by the app's frame, with what each dialog shows at its top. */
export function provideDialogTools(tools: Snippet) {
	setContext(key, tools);
}

/** What the frame gave, if the dialog sits inside it (the worker's view has no frame). */
export function dialogTools(): Snippet | undefined {
	return getContext<Snippet | undefined>(key);
}
