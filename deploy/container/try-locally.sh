#!/usr/bin/env bash
# Runs the server package in a container on a machine that cannot reach icr.io (docs/deployment.md, "The image on a
# machine without icr.io"): the image built FROM a local Debian base (Containerfile.local-base), started as a random
# UID in group 0 with a read-only root file system and only its volumes writable, every setting from the environment
# (production profile), against the PostgreSQL at 127.0.0.1:5432. It waits for /health/ready, checks the security
# headers, shows that nothing was written outside the volumes, and stops. Not part of the test suite.
#
#   deploy/container/try-locally.sh            (as root, or a user podman runs for; about 5 minutes the first time)
#
# Needs podman, runc and debootstrap (Debian: apt-get install podman runc debootstrap), psql, keytool and openssl.
# KAKEHASHI_TRY_PORT (default 9743) is the HTTPS port it listens on, on the host's network.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${KAKEHASHI_TRY_DIR:-/tmp/kakehashi-try-locally}
base=localbase:bookworm-jre17
image=localhost/kakehashi-local:try
port=${KAKEHASHI_TRY_PORT:-9743}
name=kakehashi-try-$$
database=kakehashi_try_$(date +%s)
output_volume=$name-output
# An arbitrary UID as OpenShift's restricted policy gives one: not in the image's /etc/passwd, group 0
uid=$((1000000000 + RANDOM * 1000 + RANDOM % 1000))
mkdir -p "$work"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# This machine's cgroups are in a hybrid layout crun refuses, and its default ulimits cannot be set
# (/work/shared/container-notes.md): runc and a containers.conf of our own
cat > "$work/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
cgroup_manager = "cgroupfs"
CONF
export CONTAINERS_CONF=$work/containers.conf
pod() { podman --runtime runc "$@"; }

cleanup() {
    pod logs "$name" > "$work/container.log" 2>&1 || true
    pod rm -f "$name" > /dev/null 2>&1 || true
    pod volume rm -f "$output_volume" > /dev/null 2>&1 || true
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $database" > /dev/null 2>&1 || true
    rm -rf "$work/secrets"
}
trap cleanup EXIT

step "server package"
if [ ! -f "$root/ear/target/kakehashi-server.zip" ]; then
    (cd "$root" && ./mvnw -B -q package -DskipTests)
fi
ls -l "$root/ear/target/kakehashi-server.zip"

step "local base image $base"
if ! pod image exists "$base"; then
    if [ ! -x "$work/rootfs/usr/bin/java" ]; then
        mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/*.sources)
        debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" "$mirror"
    fi
    tar -C "$work/rootfs" -c . | pod import - "$base"
fi

step "image $image"
context=$work/context
rm -rf "$context" && mkdir -p "$context"
unzip -q "$root/ear/target/kakehashi-server.zip" -d "$context"
rm -rf "$context/wlp/usr/servers/kakehashi-server/logs" "$context/wlp/usr/servers/kakehashi-server/workarea"
pod build --network host -q -f "$root/deploy/container/Containerfile.local-base" -t "$image" "$context"

step "secrets, made for this run (never kept)"
secrets=$work/secrets
rm -rf "$secrets" && mkdir -p "$secrets"
keystore_password=$(openssl rand -hex 16)
keytool -genkeypair -alias default -keyalg RSA -keysize 2048 -validity 2 -dname CN=localhost \
    -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$secrets/key.p12" \
    -storepass "$keystore_password" -keypass "$keystore_password" 2> /dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$secrets/amazon-pay.pem" 2> /dev/null
# Readable by the container's arbitrary UID, as a Secret volume's files are
chmod 755 "$secrets" && chmod 644 "$secrets"/*
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $database"

step "run as UID $uid, group 0, read-only root file system"
# Writable: /logs and /tmp in memory, the server's output (workarea, messaging store, transaction logs) on a volume,
# as the OpenLibertyApplication's statefulSet storage mounts it
pod volume create "$output_volume" > /dev/null
pod run -d --name "$name" --network host --user "$uid:0" --read-only \
    --tmpfs /tmp:rw,mode=1777 --tmpfs /logs:rw,mode=0770 \
    -v "$output_volume:/opt/ol/wlp/output/defaultServer" \
    -v "$secrets:/etc/kakehashi/secrets:ro" \
    -e DEFAULT_HTTPS_PORT="$port" \
    -e KAKEHASHI_DB_HOST=127.0.0.1 -e KAKEHASHI_DB_PORT=5432 -e KAKEHASHI_DB_NAME="$database" \
    -e KAKEHASHI_DB_USER=postgres -e KAKEHASHI_DB_PASSWORD=trust-auth-ignores-it \
    -e KAKEHASHI_KEYSTORE_FILE=/etc/kakehashi/secrets/key.p12 -e KAKEHASHI_KEYSTORE_PASSWORD="$keystore_password" \
    -e KAKEHASHI_PUBLIC_URL=https://shop.kakehashi-try-locally.jp \
    -e KAKEHASHI_MAIL_HOST=mail.kakehashi-try-locally.jp -e KAKEHASHI_MAIL_FROM=shop@kakehashi-try-locally.jp \
    -e KAKEHASHI_MAIL_USER=shop -e KAKEHASHI_MAIL_PASSWORD="$(openssl rand -hex 12)" \
    -e AMAZON_PAY_PUBLIC_KEY_ID=LIVE-AHTRYLOCALLY0000000001 -e AMAZON_PAY_PRIVATE_KEY_FILE=/etc/kakehashi/secrets/amazon-pay.pem \
    -e AMAZON_PAY_MERCHANT_ID=A2TRYLOCALLY01 -e AMAZON_PAY_STORE_ID=amzn1.application-oa2-client.trylocally0001 \
    -e LWA_CLIENT_ID=amzn1.application-oa2-client.trylocally0002 -e LWA_CLIENT_SECRET="$(openssl rand -hex 16)" \
    -e DRS_TOKEN_KEYS="k1:$(openssl rand -base64 32)" \
    -e SNS_TOPIC_ARNS=arn:aws:sns:us-west-2:123456789012:kakehashi-drs \
    "$image" > /dev/null
pod exec "$name" id

step "waiting for https://localhost:$port/health/ready (deadline 10 minutes)"
deadline=$((SECONDS + 600))
until curl -ksf "https://localhost:$port/health/ready" > "$work/ready.json" 2> /dev/null; do
    if [ $SECONDS -ge $deadline ] || [ "$(pod inspect -f '{{.State.Running}}' "$name")" != true ]; then
        pod logs "$name" 2>&1 | grep -o '"message":"[^"]*' | grep -E '[A-Z]{4,5}[0-9]{4}[EW]' | cut -c1-300 | tail -20
        fail "not ready within the deadline (the whole log: $work/container.log)"
    fi
    sleep 3
done
cat "$work/ready.json"; echo
echo "ready after $((SECONDS + 600 - deadline)) s"

step "security headers"
for path in / /shop/login.xhtml /health/ready; do
    headers=$(curl -ksS -o /dev/null -D - "https://localhost:$port$path")
    echo "$path: $(echo "$headers" | head -1 | tr -d '\r')"
    for header in Strict-Transport-Security Content-Security-Policy X-Frame-Options X-Content-Type-Options Referrer-Policy; do
        echo "$headers" | grep -qi "^$header:" || fail "$path answers without $header"
    done
done
echo "every answer carries all five headers"

step "what the server wrote, and where"
pod exec "$name" sh -c 'echo "/logs: $(ls /logs)"; echo "/opt/ol/wlp/output/defaultServer: $(ls /opt/ol/wlp/output/defaultServer)"'
pod logs "$name" 2>&1 | grep -c '"type":"liberty_message"' | sed 's/^/JSON message lines on the console: /'
# With the root file system read-only, any write outside the volumes fails: Liberty logs it (an application it could
# not expand, CWWKZ0131W; a file it could not create)
if pod logs "$name" 2>&1 | grep -iE 'read-only file system|CWWKZ0131W|Permission denied'; then
    fail "the server tried to write outside its volumes"
fi
echo "no write outside the volumes"

step "stop"
pod stop -t 30 "$name" > /dev/null
pod logs "$name" 2>&1 | grep -o 'CWWKE0036I[^"]*' | tail -1
echo "OK"
