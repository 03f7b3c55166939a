// What the bench's pages put on `window` for Playwright to call, and the marks they leave there.
// The pages and the scripts driving them are plain JavaScript; these names are what they share.
/* eslint-disable @typescript-eslint/no-explicit-any -- the bench is untyped JavaScript on both sides */
interface Window {
	seed: any;
	measureVault: any;
	measureShare: any;
	setUpVault: any;
	showEditor: any;
	saveNow: any;
	typingResults: any;
	__searchMarks: any;
	__shareMarks: any;
	setUpMyData: any;
	timeMarkdown: any;
	timeCheckinsCsv: any;
	freshImportVault: any;
	endImportVault: any;
	timeImport: any;
}
