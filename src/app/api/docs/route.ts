export const dynamic = 'force-static';

// GET /api/docs — the API reference for people: Redoc renders /api/openapi.json in the
// browser from a bundle this server serves itself (no CDN, telemetry off; see docs/api.md).
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Cadence API reference</title>
    <style>body { margin: 0; padding: 0; }</style>
  </head>
  <body>
    <noscript>The reference needs JavaScript. The raw document is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
    <redoc spec-url="/api/openapi.json" disable-telemetry="true"></redoc>
    <script type="module" src="/api/docs/redoc.standalone.js"></script>
  </body>
</html>
`;

// Its Content-Security-Policy is set by the custom server with every answer's headers
// (src/server/web-headers.ts), so that it is the only one.
export function GET(): Response {
  return new Response(page, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
