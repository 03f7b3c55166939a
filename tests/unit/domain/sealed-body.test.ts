import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readSealedBody, sealedBodySchema } from '$lib/domain/record-kind';

// readSealedBody checks by hand, for speed, what this valibot schema used to: it must accept and
// refuse exactly the same bodies, and hand back only the four fields.
const reference = v.object({
	createdAt: v.pipe(v.string(), v.isoTimestamp()),
	updatedAt: v.pipe(v.string(), v.isoTimestamp()),
	revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
	data: v.unknown()
});

const expectSame = (body: unknown) => {
	const parsed = v.safeParse(reference, body);
	expect(readSealedBody(body)).toEqual(parsed.success ? parsed.output : undefined);
	const schema = v.safeParse(sealedBodySchema, body);
	expect(schema.success).toBe(parsed.success);
	if (parsed.success) expect(schema.output).toEqual(parsed.output);
};

const time = '2026-12-01T18:47:38.123Z';
const good = { createdAt: time, updatedAt: time, revision: 1, data: { title: 'A walk' } };

describe('readSealedBody', () => {
	it('reads a body as the vault seals it, keeping only its four fields', () => {
		expect(readSealedBody({ ...good, extra: 'dropped' })).toEqual(good);
		expectSame(good);
	});

	it('agrees with the schema on each way a body can be wrong', () => {
		const cases: unknown[] = [
			null,
			undefined,
			'body',
			3,
			[],
			[good],
			{},
			{ ...good, data: undefined },
			{ createdAt: time, updatedAt: time, revision: 1 },
			{ ...good, createdAt: '2026-13-01T00:00:00Z' },
			{ ...good, createdAt: '2026-12-01' },
			{ ...good, updatedAt: 1_764_614_858_000 },
			{ ...good, updatedAt: '2026-12-01 18:47:38+01:00' },
			{ ...good, updatedAt: ' 2026-12-01T18:47:38Z' },
			{ ...good, revision: 0 },
			{ ...good, revision: 1.5 },
			{ ...good, revision: Number.NaN },
			{ ...good, revision: Infinity },
			{ ...good, revision: '2' },
			{ ...good, revision: 2 ** 53 },
			Object.create(good)
		];
		for (const body of cases) expectSame(body);
	});

	it('agrees with the schema on anything at all', () => {
		const timestamp = fc.oneof(
			fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
			fc.string(),
			fc.constantFrom(
				'2026-02-30T10:00:00Z',
				'2026-12-01T24:00:00Z',
				'2026-12-01T10:00:00.1234567891Z'
			)
		);
		const field = fc.oneof(
			timestamp,
			fc.integer(),
			fc.double(),
			fc.constant(undefined),
			fc.object()
		);
		const body = fc.record(
			{ createdAt: field, updatedAt: field, revision: field, data: fc.anything() },
			{ requiredKeys: [] }
		);
		fc.assert(fc.property(fc.oneof(body, fc.anything()), (value) => expectSame(value)));
	});
});
