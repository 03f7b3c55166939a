# Sourced by .ci/run: a throwaway PostgreSQL cluster for the relay's tests, on a free local port,
# stopped when the run ends (RELAY_TEST_DATABASE_URL), and where PostgreSQL's programs are
# (RELAY_TEST_PG_BIN). The relay's tests run on PGlite as well; this proves the same SQL on
# a real server. Installs Debian's postgresql package when it is missing.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true; }

if [ -z "$(pg_bin)" ] && ! command -v initdb >/dev/null 2>&1; then
	echo "Installing PostgreSQL for the relay's tests…"
	# Only the binaries: no "main" cluster left running on 5432 after the tests.
	conf=/etc/postgresql-common/createcluster.d/waymark-ci.conf
	if [ "$(id -u)" -eq 0 ]; then
		mkdir -p "$(dirname "$conf")" && echo 'create_main_cluster = false' > "$conf"
	else
		sudo mkdir -p "$(dirname "$conf")" && echo 'create_main_cluster = false' | sudo tee "$conf" >/dev/null
	fi
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
	else
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
	fi
fi
PG_BIN="$(pg_bin)"
PG_BIN="${PG_BIN:-$(dirname "$(command -v initdb)")}"
PG_DIR="$(mktemp -d /tmp/waymark-pg.XXXXXX)"
stop_postgres() {
	if [ -f "$PG_DIR/data/postmaster.pid" ]; then
		as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop >/dev/null" || true
	fi
	rm -rf "$PG_DIR"
}
trap stop_postgres EXIT
PG_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U waymark >/dev/null"
as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1\" -l '$PG_DIR/log' -w start >/dev/null"
export RELAY_TEST_DATABASE_URL="postgres://waymark@127.0.0.1:$PG_PORT/postgres"
# Where PostgreSQL's programs are, for the fault test that stops and starts a server: it makes a
# cluster of its own with them (relay/tools/throwaway-postgres.js), since stopping this one would
# fail the other relay tests running beside it.
export RELAY_TEST_PG_BIN="$PG_BIN"
echo "PostgreSQL for the relay's tests on port $PG_PORT."
