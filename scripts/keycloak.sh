#!/usr/bin/env bash
# Local Keycloak (no Docker) with the "ro" realm from keycloak/realm-ro.json.
#   scripts/keycloak.sh start --port P --data DIR [--db dev-file|dev-mem]
#   scripts/keycloak.sh stop --data DIR
#   scripts/keycloak.sh token USER [--port P]              (password grant via ro-tests, password = USER)
#   scripts/keycloak.sh token --client ro-integration [--port P]   (client credentials)
# Each DIR gets its own Keycloak home (DIR/home: bin, conf and lib/quarkus copied, the big jar folder
# symlinked to one shared unpacked install), so instances never share data or build state.
set -euo pipefail

KC_VERSION=26.7.3
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${RO_CACHE:-$REPO/.cache}"
INSTALL="$CACHE/keycloak-$KC_VERSION"
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
ZIP="$M2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
INTEGRATION_SECRET="${RO_INTEGRATION_SECRET:-ro-integration-dev-secret}"

die() { echo "keycloak.sh: $*" >&2; exit 1; }

realm_answers() { curl -fs -o /dev/null --max-time 2 "http://localhost:$1/realms/ro/.well-known/openid-configuration"; }

ensure_install() {
  if [ ! -f "$ZIP" ]; then
    echo "Fetching Keycloak $KC_VERSION into the local Maven repository..."
    mvn -q dependency:get -Dtransitive=false -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
  fi
  if [ ! -x "$INSTALL/bin/kc.sh" ]; then
    mkdir -p "$CACHE"
    rm -rf "$INSTALL.tmp" && mkdir "$INSTALL.tmp"
    unzip -q "$ZIP" -d "$INSTALL.tmp"
    mv "$INSTALL.tmp/keycloak-$KC_VERSION" "$INSTALL" && rmdir "$INSTALL.tmp"
  fi
}

# Per-instance home: small mutable parts copied, the 170 MB of jars and the themes symlinked.
# lib/quarkus holds the build for one --db value; a build made earlier for that value is reused
# (from $INSTALL-built-DB), so a fresh DIR does not pay the ~20 s re-augmentation again.
make_home() {
  local home="$1" db="$2"
  if [ ! -x "$home/bin/kc.sh" ]; then
    mkdir -p "$home/lib"
    cp -r "$INSTALL/bin" "$INSTALL/conf" "$home/"
    cp -r "$INSTALL/lib/app" "$INSTALL/lib/quarkus-run.jar" "$home/lib/"
    if [ -d "$INSTALL-built-$db" ]; then cp -r "$INSTALL-built-$db" "$home/lib/quarkus"
    else cp -r "$INSTALL/lib/quarkus" "$home/lib/quarkus"; fi
    ln -sfn "$INSTALL/lib/lib" "$home/lib/lib"
    ln -sfn "$INSTALL/themes" "$home/themes"
    ln -sfn "$INSTALL/providers" "$home/providers"
  fi
  # The realm's sign-in theme (keycloak/themes/ro) beside the built-in ones (which live in a jar).
  if [ -L "$home/themes" ]; then rm "$home/themes"; fi
  mkdir -p "$home/themes"
  ln -sfn "$REPO/keycloak/themes/ro" "$home/themes/ro"
  mkdir -p "$home/data/import"
  cp "$REPO/keycloak/realm-ro.json" "$home/data/import/realm-ro.json"
}

start() {
  local port="" data="" db="dev-file"
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) port="$2"; shift 2 ;;
      --data) data="$2"; shift 2 ;;
      --db) db="$2"; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  [ -n "$port" ] && [ -n "$data" ] || die "start needs --port P --data DIR"
  case "$db" in dev-file|dev-mem) ;; *) die "--db must be dev-file or dev-mem" ;; esac

  if realm_answers "$port"; then
    echo "Keycloak already answers on port $port with realm ro; reusing it."
    exit 0
  fi
  if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    die "port $port is in use by something that is not Keycloak with realm ro"
  fi

  ensure_install
  mkdir -p "$data"
  data="$(cd "$data" && pwd)"
  make_home "$data/home" "$db"
  if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi

  echo "Starting Keycloak on port $port (db $db, data $data)..."
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    nohup "$data/home/bin/kc.sh" start-dev --http-port "$port" --hostname "http://localhost:$port" \
      --db "$db" --import-realm \
      >"$data/keycloak.log" 2>&1 &
  echo $! >"$data/keycloak.pid"

  local start=$SECONDS
  until realm_answers "$port"; do
    if ! kill -0 "$(cat "$data/keycloak.pid")" 2>/dev/null || [ $((SECONDS - start)) -ge 180 ]; then
      echo "Keycloak did not come up on port $port. Last log lines:" >&2
      tail -n 40 "$data/keycloak.log" >&2
      exit 1
    fi
    sleep 1
  done
  if [ ! -d "$INSTALL-built-$db" ]; then
    cp -r "$data/home/lib/quarkus" "$INSTALL-built-$db.tmp" && mv "$INSTALL-built-$db.tmp" "$INSTALL-built-$db"
  fi
  echo "Keycloak ready on http://localhost:$port/realms/ro after $((SECONDS - start)) s (pid $(cat "$data/keycloak.pid"), log $data/keycloak.log)"
}

stop() {
  local data=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) data="$2"; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  [ -n "$data" ] || die "stop needs --data DIR"
  local pidfile="$data/keycloak.pid"
  if [ ! -f "$pidfile" ]; then echo "No $pidfile; nothing to stop."; return 0; fi
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"   # kc.sh forwards TERM to the java process and waits for it
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "Keycloak (pid $pid) did not stop in 30 s; killing it." >&2
      pkill -KILL -P "$pid" 2>/dev/null || true
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "Keycloak (pid $pid) stopped."
  else
    echo "Keycloak (pid $pid) was not running."
  fi
  rm -f "$pidfile"
}

token() {
  local user="" client="" port="8180"
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) port="$2"; shift 2 ;;
      --client) client="$2"; shift 2 ;;
      -*) die "unknown option $1" ;;
      *) user="$1"; shift ;;
    esac
  done
  local url="http://localhost:$port/realms/ro/protocol/openid-connect/token" response
  if [ "$client" = "ro-integration" ]; then
    response="$(curl -sS "$url" -d grant_type=client_credentials -d client_id=ro-integration \
      --data-urlencode "client_secret=$INTEGRATION_SECRET")"
  elif [ -n "$client" ]; then
    die "only --client ro-integration is supported"
  else
    [ -n "$user" ] || die "token needs USER or --client ro-integration"
    response="$(curl -sS "$url" -d grant_type=password -d client_id=ro-tests -d scope=openid \
      --data-urlencode "username=$user" --data-urlencode "password=$user")"
  fi
  local access; access="$(jq -r '.access_token // empty' <<<"$response")"
  [ -n "$access" ] || die "no token: $response"
  echo "$access"
}

cmd="${1:-}"; [ $# -gt 0 ] && shift
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  token) token "$@" ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
