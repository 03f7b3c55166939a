// The WebAssembly text of NaCl's crypto_secretbox_open (XSalsa20-Poly1305), the one step of
// reading a journal that pure JavaScript made slow: tweetnacl opens about 45 MB/s here, this
// about three times that, so a long journal opens in a fraction of the time. It only opens:
// sealing stays with tweetnacl, and tests/unit/crypto/secretbox-wasm.test.ts checks every
// opening against tweetnacl's, tampered boxes included.
//
// Written out by code rather than by hand because Salsa20's rounds repeat one step 32 times.
// Salsa20 and HSalsa20 follow Bernstein's specifications; Poly1305 is poly1305-donna's 32-bit
// form (26-bit limbs in 64-bit arithmetic), its final choice made with masks, not branches.
// Run `node scripts/secretbox-wasm/build.js` after any change here to regenerate the module.
const sigma = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];
/** @param {number} i */
const x = (i) => `$x${i}`;

/** @param {number} a @param {number} b @param {number} c @param {number} d */
function quarter(a, b, c, d) {
	/** @param {number} t @param {number} s @param {number} u @param {number} r */
	const step = (t, s, u, r) =>
		`(local.set ${x(t)} (i32.xor (local.get ${x(t)}) (i32.rotl (i32.add (local.get ${x(s)}) (local.get ${x(u)})) (i32.const ${r}))))`;
	return [step(b, a, d, 7), step(c, b, a, 9), step(d, c, b, 13), step(a, d, c, 18)].join('\n');
}

// A double round: four quarter-rounds down the columns, then four along the rows.
/** @type {[number, number, number, number][]} */
const quarters = [
	[0, 4, 8, 12],
	[5, 9, 13, 1],
	[10, 14, 2, 6],
	[15, 3, 7, 11],
	[0, 1, 2, 3],
	[5, 6, 7, 4],
	[10, 11, 8, 9],
	[15, 12, 13, 14]
];
const doubleRound = quarters.map((q) => quarter(...q)).join('\n');

const rounds = `(local.set $i (i32.const 10))
(loop $round
${doubleRound}
(local.set $i (i32.sub (local.get $i) (i32.const 1)))
(br_if $round (local.get $i)))`;

const xLocals = Array.from({ length: 16 }, (_, i) => `(local ${x(i)} i32)`).join(' ');
const jLocals = Array.from({ length: 16 }, (_, i) => `(local $j${i} i32)`).join(' ');

/** Memory: key 0-32, nonce 32-56, subkey 64-96, block 96-160, last MAC block 160-176,
 * tag 176-192, box (MAC then ciphertext) from 256, opened in place. */
function hsalsa() {
	/** @type {string[]} */
	const init = [];
	/** @param {number} i @param {number} offset */
	const word = (i, offset) => `(local.set ${x(i)} (i32.load offset=${offset} (i32.const 0)))`;
	sigma.forEach((s, n) => init.push(`(local.set ${x(n * 5)} (i32.const ${s | 0}))`));
	[1, 2, 3, 4].forEach((i, n) => init.push(word(i, n * 4)));
	[11, 12, 13, 14].forEach((i, n) => init.push(word(i, 16 + n * 4)));
	[6, 7, 8, 9].forEach((i, n) => init.push(word(i, 32 + n * 4)));
	const out = [0, 5, 10, 15, 6, 7, 8, 9].map(
		(i, n) => `(i32.store offset=${64 + n * 4} (i32.const 0) (local.get ${x(i)}))`
	);
	return `(func $hsalsa ${xLocals} (local $i i32)
${init.join('\n')}
${rounds}
${out.join('\n')})`;
}

function block() {
	/** @type {string[]} */
	const init = [];
	/** @param {number} i @param {string} value */
	const set = (i, value) => `(local.set $j${i} ${value}) (local.set ${x(i)} (local.get $j${i}))`;
	/** @param {number} offset */
	const load = (offset) => `(i32.load offset=${offset} (i32.const 0))`;
	sigma.forEach((s, n) => init.push(set(n * 5, `(i32.const ${s | 0})`)));
	[1, 2, 3, 4].forEach((i, n) => init.push(set(i, load(64 + n * 4))));
	[11, 12, 13, 14].forEach((i, n) => init.push(set(i, load(80 + n * 4))));
	init.push(set(6, load(48)), set(7, load(52)));
	init.push(set(8, '(local.get $counter)'), set(9, '(i32.const 0)'));
	const out = Array.from(
		{ length: 16 },
		(_, i) =>
			`(i32.store offset=${96 + i * 4} (i32.const 0) (i32.add (local.get ${x(i)}) (local.get $j${i})))`
	);
	return `(func $block (param $counter i32) ${xLocals} ${jLocals} (local $i i32)
${init.join('\n')}
${rounds}
${out.join('\n')})`;
}

function poly() {
	const M = '(i64.const 0x3ffffff)';
	/** @param {string} n */
	const g = (n) => `(local.get $${n})`;
	/** @param {string} n @param {string} v */
	const s = (n, v) => `(local.set $${n} ${v})`;
	/** @param {string} a @param {string} b */
	const and = (a, b) => `(i64.and ${a} ${b})`;
	/** @param {string[]} v */
	const add = (...v) => v.reduce((a, b) => `(i64.add ${a} ${b})`);
	/** @param {string} a @param {string} b */
	const mul = (a, b) => `(i64.mul ${g(a)} ${g(b)})`;
	/** @param {string} a @param {number} n */
	const shr = (a, n) => `(i64.shr_u ${a} (i64.const ${n}))`;
	/** @param {string} a @param {number} n */
	const shl = (a, n) => `(i64.shl ${a} (i64.const ${n}))`;
	/** @param {string} base @param {number} offset */
	const ld = (base, offset) => `(i64.load32_u offset=${offset} ${base})`;
	/** @param {number} offset */
	const key = (offset) => ld('(local.get $k)', offset);
	/** @param {number} offset */
	const msg = (offset) => ld('(local.get $m)', offset);
	/** @param {string} from @param {string} to */
	const carry = (from, to) => [
		s('c', shr(g(from), 26)),
		s(from, and(g(from), M)),
		s(to, add(g(to), g('c')))
	];
	const locals =
		'r0 r1 r2 r3 r4 s1 s2 s3 s4 h0 h1 h2 h3 h4 d0 d1 d2 d3 d4 c g0 g1 g2 g3 g4 neg hibit f'
			.split(' ')
			.map((n) => `(local $${n} i64)`)
			.join(' ');
	const r = ['r0', 'r1', 'r2', 'r3', 'r4'];
	const hs = ['h0', 'h1', 'h2', 'h3', 'h4'];
	// d_i = sum over j of h_j * (r_{i-j} or 5 r_{i-j+5})
	const products = [0, 1, 2, 3, 4].map((i) =>
		s(`d${i}`, add(...hs.map((h, j) => (j <= i ? mul(h, r[i - j]) : mul(h, `s${i - j + 5}`)))))
	);
	const body = [
		s('h0', add(g('h0'), and(msg(0), M))),
		s('h1', add(g('h1'), and(shr(msg(3), 2), M))),
		s('h2', add(g('h2'), and(shr(msg(6), 4), M))),
		s('h3', add(g('h3'), and(shr(msg(9), 6), M))),
		s('h4', add(g('h4'), `(i64.or ${shr(msg(12), 8)} ${g('hibit')})`)),
		...products,
		s('c', shr(g('d0'), 26)),
		s('h0', and(g('d0'), M)),
		s('d1', add(g('d1'), g('c'))),
		s('c', shr(g('d1'), 26)),
		s('h1', and(g('d1'), M)),
		s('d2', add(g('d2'), g('c'))),
		s('c', shr(g('d2'), 26)),
		s('h2', and(g('d2'), M)),
		s('d3', add(g('d3'), g('c'))),
		s('c', shr(g('d3'), 26)),
		s('h3', and(g('d3'), M)),
		s('d4', add(g('d4'), g('c'))),
		s('c', shr(g('d4'), 26)),
		s('h4', and(g('d4'), M)),
		s('h0', add(g('h0'), `(i64.mul ${g('c')} (i64.const 5))`)),
		s('c', shr(g('h0'), 26)),
		s('h0', and(g('h0'), M)),
		s('h1', add(g('h1'), g('c')))
	];
	const finish = [
		...carry('h1', 'h2'),
		...carry('h2', 'h3'),
		...carry('h3', 'h4'),
		s('c', shr(g('h4'), 26)),
		s('h4', and(g('h4'), M)),
		s('h0', add(g('h0'), `(i64.mul ${g('c')} (i64.const 5))`)),
		...carry('h0', 'h1'),
		s('g0', add(g('h0'), '(i64.const 5)')),
		s('c', shr(g('g0'), 26)),
		s('g0', and(g('g0'), M)),
		s('g1', add(g('h1'), g('c'))),
		s('c', shr(g('g1'), 26)),
		s('g1', and(g('g1'), M)),
		s('g2', add(g('h2'), g('c'))),
		s('c', shr(g('g2'), 26)),
		s('g2', and(g('g2'), M)),
		s('g3', add(g('h3'), g('c'))),
		s('c', shr(g('g3'), 26)),
		s('g3', and(g('g3'), M)),
		s('g4', `(i64.sub ${add(g('h4'), g('c'))} (i64.const 0x4000000))`),
		// All ones when h + 5 - 2^130 is negative, so h is already below p and is kept.
		s('neg', `(i64.shr_s ${g('g4')} (i64.const 63))`),
		...[0, 1, 2, 3, 4].map((i) =>
			s(
				`h${i}`,
				`(i64.or ${and(g(`h${i}`), g('neg'))} ${and(g(`g${i}`), `(i64.xor ${g('neg')} (i64.const -1))`)})`
			)
		),
		s('h0', and(`(i64.or ${g('h0')} ${shl(g('h1'), 26)})`, '(i64.const 0xffffffff)')),
		s('h1', and(`(i64.or ${shr(g('h1'), 6)} ${shl(g('h2'), 20)})`, '(i64.const 0xffffffff)')),
		s('h2', and(`(i64.or ${shr(g('h2'), 12)} ${shl(g('h3'), 14)})`, '(i64.const 0xffffffff)')),
		s('h3', and(`(i64.or ${shr(g('h3'), 18)} ${shl(g('h4'), 8)})`, '(i64.const 0xffffffff)')),
		s('f', add(g('h0'), key(16))),
		'(i32.store offset=176 (i32.const 0) (i32.wrap_i64 (local.get $f)))',
		s('f', add(g('h1'), key(20), shr(g('f'), 32))),
		'(i32.store offset=180 (i32.const 0) (i32.wrap_i64 (local.get $f)))',
		s('f', add(g('h2'), key(24), shr(g('f'), 32))),
		'(i32.store offset=184 (i32.const 0) (i32.wrap_i64 (local.get $f)))',
		s('f', add(g('h3'), key(28), shr(g('f'), 32))),
		'(i32.store offset=188 (i32.const 0) (i32.wrap_i64 (local.get $f)))'
	];
	return `(func $poly (param $m i32) (param $len i32) (param $k i32) ${locals} (local $end i32) (local $rem i32) (local $p i32)
${s('r0', and(key(0), '(i64.const 0x3ffffff)'))}
${s('r1', and(shr(key(3), 2), '(i64.const 0x3ffff03)'))}
${s('r2', and(shr(key(6), 4), '(i64.const 0x3ffc0ff)'))}
${s('r3', and(shr(key(9), 6), '(i64.const 0x3f03fff)'))}
${s('r4', and(shr(key(12), 8), '(i64.const 0x00fffff)'))}
${[1, 2, 3, 4].map((i) => s(`s${i}`, `(i64.mul ${g(`r${i}`)} (i64.const 5))`)).join('\n')}
${s('hibit', '(i64.const 0x1000000)')}
(local.set $end (i32.add (local.get $m) (i32.and (local.get $len) (i32.const -16))))
(block $done
(loop $blocks
(if (i32.eq (local.get $m) (local.get $end)) (then
  (local.set $rem (i32.and (local.get $len) (i32.const 15)))
  (br_if $done (i32.eqz (local.get $rem)))
  (i64.store offset=160 (i32.const 0) (i64.const 0))
  (i64.store offset=168 (i32.const 0) (i64.const 0))
  (local.set $p (i32.const 0))
  (loop $copy
    (i32.store8 offset=160 (local.get $p) (i32.load8_u (i32.add (local.get $m) (local.get $p))))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (br_if $copy (i32.lt_u (local.get $p) (local.get $rem))))
  (i32.store8 offset=160 (local.get $rem) (i32.const 1))
  (local.set $m (i32.const 160))
  (local.set $end (i32.const 176))
  (local.set $len (i32.const 0))
  (local.set $hibit (i64.const 0))))
${body.join('\n')}
(local.set $m (i32.add (local.get $m) (i32.const 16)))
(br $blocks)))
${finish.join('\n')})`;
}

/** @param {string} dst @param {string} src @param {string} count */
function xorRun(dst, src, count) {
	// byte loop: dst[i] ^= src[i] for i < count
	return `(local.set $p (i32.const 0))
(block $xd (loop $xl
(br_if $xd (i32.ge_u (local.get $p) ${count}))
(i32.store8 (i32.add ${dst} (local.get $p)) (i32.xor (i32.load8_u (i32.add ${dst} (local.get $p))) (i32.load8_u (i32.add ${src} (local.get $p)))))
(local.set $p (i32.add (local.get $p) (i32.const 1)))
(br $xl)))`;
}

function open() {
	const full = Array.from(
		{ length: 8 },
		(_, i) =>
			`(i64.store offset=${i * 8} (local.get $pos) (i64.xor (i64.load offset=${i * 8} (local.get $pos)) (i64.load offset=${96 + i * 8} (i32.const 0))))`
	).join('\n');
	return `(func (export "open") (param $len i32) (result i32) (local $clen i32) (local $pos i32) (local $left i32) (local $counter i32) (local $p i32) (local $first i32)
(if (i32.lt_u (local.get $len) (i32.const 16)) (then (return (i32.const 1))))
(local.set $clen (i32.sub (local.get $len) (i32.const 16)))
(call $hsalsa)
(call $block (i32.const 0))
(call $poly (i32.const 272) (local.get $clen) (i32.const 96))
(if (i32.or
  (i32.or (i32.xor (i32.load offset=176 (i32.const 0)) (i32.load offset=256 (i32.const 0)))
          (i32.xor (i32.load offset=180 (i32.const 0)) (i32.load offset=260 (i32.const 0))))
  (i32.or (i32.xor (i32.load offset=184 (i32.const 0)) (i32.load offset=264 (i32.const 0)))
          (i32.xor (i32.load offset=188 (i32.const 0)) (i32.load offset=268 (i32.const 0)))))
  (then (call $wipe) (return (i32.const 1))))
(local.set $first (select (local.get $clen) (i32.const 32) (i32.lt_u (local.get $clen) (i32.const 32))))
${xorRun('(i32.const 272)', '(i32.const 128)', '(local.get $first)')}
(local.set $pos (i32.const 304))
(local.set $left (i32.sub (local.get $clen) (local.get $first)))
(local.set $counter (i32.const 1))
(block $done (loop $blocks
(br_if $done (i32.eqz (local.get $left)))
(call $block (local.get $counter))
(if (i32.ge_u (local.get $left) (i32.const 64))
  (then
${full}
    (local.set $pos (i32.add (local.get $pos) (i32.const 64)))
    (local.set $left (i32.sub (local.get $left) (i32.const 64))))
  (else
${xorRun('(local.get $pos)', '(i32.const 96)', '(local.get $left)')}
    (local.set $left (i32.const 0))))
(local.set $counter (i32.add (local.get $counter) (i32.const 1)))
(br $blocks)))
(call $wipe)
(i32.const 0))`;
}

const wipe = `(func $wipe
${Array.from({ length: 16 }, (_, i) => `(i64.store offset=${64 + i * 8} (i32.const 0) (i64.const 0))`).join('\n')})`;

export const wat = `(module
(memory (export "memory") 1)
${hsalsa()}
${block()}
${poly()}
${wipe}
${open()})`;
