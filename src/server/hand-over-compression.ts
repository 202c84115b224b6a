import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptEncodingRequestHeader, contentEncodingResponseHeader } from './web-headers';

/**
 * Lets a route compress its own answer (see `compressesOwnAnswer`): the client's
 * Accept-Encoding moves to a header only the route reads, so Next.js's compression leaves
 * the answer alone, and the encoding the route names is sent as Content-Encoding.
 */
export function handOverCompression(request: IncomingMessage, response: ServerResponse): void {
  const accepted = request.headers['accept-encoding'];
  delete request.headers['accept-encoding'];
  if (accepted) request.headers[acceptEncodingRequestHeader] = accepted;
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithEncoding(this: ServerResponse, ...parts: unknown[]) {
    const encoding = this.getHeader(contentEncodingResponseHeader);
    if (encoding !== undefined) {
      this.removeHeader(contentEncodingResponseHeader);
      this.setHeader('content-encoding', encoding);
    }
    return (writeHead as (...parts: unknown[]) => ServerResponse).apply(this, parts);
  } as ServerResponse['writeHead'];
}
