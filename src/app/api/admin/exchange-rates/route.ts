import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { getExchangeRates } from '@/server/use-cases/get-exchange-rates';
import { updateExchangeRates } from '@/server/use-cases/update-exchange-rates';

export const dynamic = 'force-dynamic';

// GET /api/admin/exchange-rates?from=&to= — monthly rates into the reporting currency (admins).
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await getExchangeRates({ actor, query: readQuery(request) })),
);

// PUT /api/admin/exchange-rates — record rates (admins).
export const PUT = userRoute(async ({ actor, request }) =>
  Response.json(await updateExchangeRates({ actor, input: await readJson(request) })),
);
