#!/bin/sh
# One-shot set-up of MinIO for the API (docker-compose.yml, service minio-init; idempotent, runs at each `up`):
#   the bucket RO_RELAY_S3_BUCKET, private; the API's own user RO_RELAY_S3_ACCESS_KEY_ID (its secret set again
#   each time, so changing it in .env rotates it) holding only the policy ro-files below: the objects of that
#   bucket and its incomplete multipart uploads (the orphan sweep lists and aborts them), nothing else.
# Plain sh and mc only: the mc image has no sed or grep to count on.
set -eu
: "${MINIO_URL:?}" "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
: "${RO_RELAY_S3_BUCKET:?}" "${RO_RELAY_S3_ACCESS_KEY_ID:?}" "${RO_RELAY_S3_SECRET_ACCESS_KEY:?}"

mc alias set ro "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" > /dev/null
mc mb --ignore-existing "ro/$RO_RELAY_S3_BUCKET"
mc anonymous set none "ro/$RO_RELAY_S3_BUCKET"

cat > /tmp/ro-files-policy.json <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
      "Resource": ["arn:aws:s3:::$RO_RELAY_S3_BUCKET"]
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": ["arn:aws:s3:::$RO_RELAY_S3_BUCKET/*"]
    }
  ]
}
POLICY
mc admin policy create ro ro-files /tmp/ro-files-policy.json
mc admin user add ro "$RO_RELAY_S3_ACCESS_KEY_ID" "$RO_RELAY_S3_SECRET_ACCESS_KEY"
# Attaching a policy that is already attached fails: then the user must already hold it.
if ! attach="$(mc admin policy attach ro ro-files --user "$RO_RELAY_S3_ACCESS_KEY_ID" 2>&1)"; then
  case "$(mc admin user info ro "$RO_RELAY_S3_ACCESS_KEY_ID")" in
    *ro-files*) ;;
    *) echo "$attach" >&2; exit 1 ;;
  esac
fi
echo "minio-init: bucket $RO_RELAY_S3_BUCKET ready for user $RO_RELAY_S3_ACCESS_KEY_ID"
