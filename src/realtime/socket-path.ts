/** Where socket.io listens. Its own module, free of zod, for the browser's live connections. */
export const socketPath = '/socket.io';
