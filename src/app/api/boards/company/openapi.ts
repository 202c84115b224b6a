import { describeBoardRoute } from '@/server/openapi/board-documentation';

export const documentation = describeBoardRoute('/api/boards/company', 'Read the company board', 'Every team of the company on one board (admins only).', { 403: 'Only admins see the company board' });
