'use client';

import { ZConnectionList, type TConnection } from '@/schemas/integrations';
import { useLoad } from '@/lib/use-load';
import { replaceById } from '@/domain/replace-by-id';

/** The connections and the deals waiting for an owner, reloaded after each change. */
export function useIntegrations() {
  const list = useLoad('/api/admin/integrations', ZConnectionList);
  const replace = (connection: TConnection) =>
    list.setData((current) => current && { ...current, connections: replaceById(current.connections, connection) });
  return { list, replace };
}

export const sourceLabels: Record<TConnection['source'], string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive', salesforce: 'Salesforce', generic: 'Generic (signed)' };
