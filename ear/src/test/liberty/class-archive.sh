#!/usr/bin/env bash
# Writes a class archive of the build's test server once it has started (JDK 17's `jcmd VM.cds dynamic_dump`): the
# Liberty servers the tests make (crash victims, the scale-out and Artemis topologies, LibertyServers) map those
# classes from it instead of reading, parsing and verifying them again, about a sixth of each start's CPU. Only a
# speed-up: without the archive (no jcmd, a dump that fails) the servers start as before, so this never fails the build.
# Usage: class-archive.sh WLP_DIR SERVER_NAME ARCHIVE
set -u
wlp=$1 server=$2 archive=$3
rm -f "$archive"
warn() { echo "[WARNING] No class archive for the test servers ($1): they start without one"; exit 0; }
pid=$(cat "$wlp/usr/servers/.pid/$server.pid" 2>/dev/null) || warn "no pid file for $server"
java=$(readlink -f "/proc/$pid/exe" 2>/dev/null) || warn "server $server is not running"
jcmd="$(dirname "$java")/jcmd"
[ -x "$jcmd" ] || warn "$jcmd not found"
"$jcmd" "$pid" VM.cds dynamic_dump "$archive" >/dev/null 2>&1 || warn "jcmd VM.cds dynamic_dump failed"
[ -s "$archive" ] || warn "$archive was not written"
echo "[INFO] Class archive for the test servers: $archive ($(du -m "$archive" | cut -f1) MB)"
