/** A record's version as the ETag the API expects in If-Match (the API sends and takes `"<version>"`). */
export function etagOf(record: { version: number }): string {
  return `"${record.version}"`;
}
