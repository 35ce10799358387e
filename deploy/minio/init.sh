#!/bin/sh
# One-shot set-up of MinIO for the API (docker-compose.yml, service minio-init; idempotent, runs at each `up`):
#   the bucket RO_RELAY_S3_BUCKET, private; the API's own user RO_RELAY_S3_ACCESS_KEY_ID (its secret set again
#   each time, so changing it in .env rotates it) holding only the policy ro-files: the objects of that bucket
#   and its incomplete multipart uploads (the orphan sweep lists and aborts them), nothing else.
set -eu
: "${MINIO_URL:?}" "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
: "${RO_RELAY_S3_BUCKET:?}" "${RO_RELAY_S3_ACCESS_KEY_ID:?}" "${RO_RELAY_S3_SECRET_ACCESS_KEY:?}"

mc alias set ro "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" > /dev/null
mc mb --ignore-existing "ro/$RO_RELAY_S3_BUCKET"
mc anonymous set none "ro/$RO_RELAY_S3_BUCKET"

sed "s/\${BUCKET}/$RO_RELAY_S3_BUCKET/g" /ro-minio/ro-files-policy.json > /tmp/ro-files-policy.json
mc admin policy create ro ro-files /tmp/ro-files-policy.json
mc admin user add ro "$RO_RELAY_S3_ACCESS_KEY_ID" "$RO_RELAY_S3_SECRET_ACCESS_KEY"
# Attaching a policy that is already attached fails: then it must be listed on the user.
if ! mc admin policy attach ro ro-files --user "$RO_RELAY_S3_ACCESS_KEY_ID" 2> /tmp/attach.err; then
  mc admin user info ro "$RO_RELAY_S3_ACCESS_KEY_ID" | grep -q 'ro-files' || { cat /tmp/attach.err >&2; exit 1; }
fi
echo "minio-init: bucket $RO_RELAY_S3_BUCKET ready for user $RO_RELAY_S3_ACCESS_KEY_ID"
