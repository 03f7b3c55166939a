-- One row per shared summary. The relay holds only what the phone sealed (ciphertext) and what it
-- needs to enforce the person's terms; times are milliseconds since 1970 (UTC).
CREATE TABLE shares (
	id text PRIMARY KEY,
	-- The sealed summary; NULL once the share has ended, so nothing of it outlives its terms.
	ciphertext bytea,
	created_at double precision NOT NULL,
	expires_at double precision NOT NULL,
	view_limit integer CHECK (view_limit > 0),
	views integer NOT NULL DEFAULT 0,
	last_opened_at double precision,
	-- SHA-256 of the PIN proof the worker's page computes from the PIN and the link's key.
	pin_verifier bytea,
	pin_tries integer NOT NULL DEFAULT 0,
	-- SHA-256 of the manage secret, which lives only in the person's journal.
	manage_hash bytea NOT NULL,
	-- Why it stopped working, while the row stays to say so; NULL while it works.
	ended text CHECK (ended IN ('expired', 'revoked', 'used_up', 'locked')),
	-- When even this row goes: a while after expiry, so a late visit still hears why.
	forget_after double precision NOT NULL
);

CREATE INDEX shares_live_until ON shares (expires_at) WHERE ciphertext IS NOT NULL;
CREATE INDEX shares_forget_after ON shares (forget_after);
