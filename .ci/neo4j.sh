#!/usr/bin/env bash
# Start or stop the throwaway Neo4j 5 server that the test suite runs against.
#
#   .ci/neo4j.sh start [RUN_DIR]   build once, start in the background, print bolt://127.0.0.1:PORT
#   .ci/neo4j.sh stop  [RUN_DIR]   stop the server started from RUN_DIR
#
# RUN_DIR (default tests/neo4j/target/run) holds neo4j.uri, neo4j.pid and neo4j.log; the URI file
# appears only once Bolt accepts connections. Nothing is exported: callers read RUN_DIR/neo4j.uri.
# Settings: NEO4J_HEAP (default 1g), NEO4J_START_TIMEOUT seconds (default 180), NEO4J_WATCH_PID
# (the server also stops when that process ends, e.g. the test runner that started it).
# NEO4J_DATA=DIR with NEO4J_PORT=PORT keeps the data in DIR across stop and start (default: a
# temporary folder deleted at stop, and a free port), so a restarted server has its data back.
# NEO4J_LOCK_TIMEOUT_MS: a transaction waiting longer for a lock fails with a transient error.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/tests/neo4j"
TARGET="$PROJECT/target"
RUN_DIR="$(mkdir -p "${2:-$TARGET/run}" && cd "${2:-$TARGET/run}" && pwd)"
URI_FILE="$RUN_DIR/neo4j.uri"
PID_FILE="$RUN_DIR/neo4j.pid"
LOG_FILE="$RUN_DIR/neo4j.log"
MAIN_CLASS="org.minuteskg.testing.TestNeo4j"
STAMP="$TARGET/classpath.ready"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

need_tools() {
    command -v java >/dev/null || die "java not found: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
    command -v mvn >/dev/null || die "mvn not found: install Maven 3.8+ (apt-get install maven)"
}

# The classpath is cached under target/; rebuild only when the pom or the launcher changed.
build() {
    if [[ -f "$STAMP" && "$STAMP" -nt "$PROJECT/pom.xml" ]] \
        && [[ -z "$(find "$PROJECT/src" -newer "$STAMP" -print -quit)" ]]; then
        return 0
    fi
    echo "neo4j.sh: building the test server (the first build downloads about 150 MB from Maven Central)" >&2
    mvn -q -B -Dstyle.color=never -f "$PROJECT/pom.xml" package >&2 || die "maven build of $PROJECT/pom.xml failed"
    touch "$STAMP"
}

running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

wait_for_uri() {
    local deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
    until [[ -s "$URI_FILE" ]]; do
        if ! running; then
            tail -n 40 "$LOG_FILE" >&2 || true
            die "the server exited before Bolt was ready; log: $LOG_FILE"
        fi
        if ((SECONDS >= deadline)); then
            stop
            die "Bolt not ready after ${NEO4J_START_TIMEOUT:-180} s; log: $LOG_FILE"
        fi
        sleep 0.2
    done
}

start() {
    if running && [[ -s "$URI_FILE" ]]; then
        cat "$URI_FILE"
        return 0
    fi
    need_tools
    build
    rm -f "$URI_FILE"
    if [[ -n "${NEO4J_DATA:-}" && -z "${NEO4J_PORT:-}" ]]; then
        die "NEO4J_DATA needs NEO4J_PORT too, so that clients find the restarted server"
    fi
    nohup java "-Xmx${NEO4J_HEAP:-1g}" "-Dminuteskg.watchPid=${NEO4J_WATCH_PID:-}" \
        "-Dminuteskg.dataDir=${NEO4J_DATA:-}" "-Dminuteskg.port=${NEO4J_PORT:-0}" \
        "-Dminuteskg.lockTimeoutMs=${NEO4J_LOCK_TIMEOUT_MS:-}" -cp "$TARGET/classes:$TARGET/lib/*" "$MAIN_CLASS" "$URI_FILE" \
        >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
    wait_for_uri
    cat "$URI_FILE"
}

stop() {
    if ! running; then
        rm -f "$PID_FILE" "$URI_FILE"
        return 0
    fi
    local pid
    pid="$(cat "$PID_FILE")"
    kill -TERM "$pid"
    # A clean shutdown flushes the store (and deletes a throwaway one); give it time before forcing.
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    rm -f "$PID_FILE" "$URI_FILE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) die "usage: $0 start|stop [RUN_DIR]" ;;
esac
