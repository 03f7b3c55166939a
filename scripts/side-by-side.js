// Runs npm scripts at the same time and prints each one's output whole, in the order given, as
// it finishes; exits with the first failure's code. `npm test` runs the type check and the lint
// this way: each leaves part of the second core idle, and one after the other took 100 s.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);

/** @param {string} script */
function run(script) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' }
		});
		/** @type {Buffer[]} */
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) =>
			resolve({ script, code: code ?? 1, output: Buffer.concat(output) })
		);
	});
}

const results = scripts.map(run);
let failed = 0;
for (const result of results) {
	const { script, code, output } = await result;
	process.stdout.write(`\n> ${script}\n${output}`);
	if (code !== 0) {
		console.error(`${script} failed (exit code ${code}).`);
		failed ||= code;
	}
}
process.exit(failed);
