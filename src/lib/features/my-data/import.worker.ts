/// <reference lib="webworker" />
import { importSteps, type ImportRequest } from './import-steps';
import { importText } from './import-text';

// Reading and planning an import off the main thread: ten years of another app's rows take
// longer than a screen should stop for.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const step = importSteps(importText.failed);

scope.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
	scope.postMessage(await step(data));
};
