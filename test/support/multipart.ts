// A multipart/form-data body with files under the field "files", as the app's upload form sends it,
// for Fastify's inject in the server tests.

/** The request body and headers (`headers` are added to the content type, e.g. the Host). */
export function multipart(
  files: { name: string; body: Buffer | string }[],
  headers: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sanadtest' + Math.random().toString(16).slice(2);
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(f.body),
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
