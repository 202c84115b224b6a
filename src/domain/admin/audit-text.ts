import { formatMoney } from '@/domain/money';

// What an audit entry says, in words a person reads: ids become the names of the people,
// teams, offices and TV links they stand for, amounts in minor units become money in
// their currency ("$109,000.00", not "10900000"), minutes after midnight become times.
// The raw before/after stay in the entry for API clients; this is what the log shows.

export type AuditFieldChange = { field: string; label: string; before: string | null; after: string | null };

type Values = Record<string, unknown>;

const isValues = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "businessDayStart" → "business day start", "teamId" → "team", "amountMinor" → "amount". */
export function labelOf(field: string): string {
  const stem = field.replace(/(Ids|Id|Minor)$/, '') || field;
  return stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Every id an entry's values name (fields ending in Id or Ids), to look their names up. */
export function referencedIds(...values: unknown[]): string[] {
  const ids = new Set<string>();
  for (const value of values) {
    if (!isValues(value)) continue;
    for (const [field, item] of Object.entries(value)) {
      if (field.endsWith('Id') && typeof item === 'string') ids.add(item);
      if (field.endsWith('Ids') && Array.isArray(item)) for (const id of item) if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids];
}

function formatValue(field: string, value: unknown, context: { currency: string | null; names: ReadonlyMap<string, string>; locale: string }): string {
  if (value === null || value === undefined) return '—';
  if (field.endsWith('Minor') && typeof value === 'number' && context.currency) return formatMoney(value, context.currency, context.locale);
  if (field.endsWith('Id') && typeof value === 'string') return context.names.get(value) ?? value;
  if (field.endsWith('Ids') && Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const named = value.map((id) => (typeof id === 'string' ? context.names.get(id) : undefined));
    return named.every((name) => name !== undefined) ? named.join(', ') : `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if ((field === 'businessDayStart' || field === 'businessDayEnd') && typeof value === 'number') {
    return `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * The fields that differ between `before` and `after`, each in words. Values that are not
 * objects are one change named "value". Money takes the currency the entry records
 * beside it (after's, else before's).
 */
export function describeAuditChanges(options: { before: unknown; after: unknown; names: ReadonlyMap<string, string>; locale?: string }): AuditFieldChange[] {
  const { before, after, names } = options;
  const locale = options.locale ?? 'en-US';
  if (!isValues(before) && !isValues(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    const context = { currency: null, names, locale };
    return [{ field: 'value', label: 'value', before: before == null ? null : formatValue('value', before, context), after: after == null ? null : formatValue('value', after, context) }];
  }
  const was = isValues(before) ? before : {};
  const now = isValues(after) ? after : {};
  const currencyOf = (values: Values) => (typeof values.currency === 'string' ? values.currency : null);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]));
  return fields.map((field) => ({
    field,
    label: labelOf(field),
    before: field in was ? formatValue(field, was[field], { currency: currencyOf(was) ?? currencyOf(now), names, locale }) : null,
    after: field in now ? formatValue(field, now[field], { currency: currencyOf(now) ?? currencyOf(was), names, locale }) : null,
  }));
}

/** The object's name: its own, else (a goal) whose and which month, else null. */
export function describeAuditObject(options: { objectId: string; before: unknown; after: unknown; names: ReadonlyMap<string, string> }): string | null {
  const own = options.names.get(options.objectId);
  if (own) return own;
  const values = isValues(options.after) ? options.after : isValues(options.before) ? options.before : null;
  if (!values) return null;
  if (typeof values.name === 'string') return values.name;
  const person = typeof values.userId === 'string' ? options.names.get(values.userId) : undefined;
  if (person && typeof values.month === 'string') return `${person}, ${values.month}`;
  if (typeof values.currency === 'string' && typeof values.month === 'string') return `${values.currency}, ${values.month}`;
  return person ?? null;
}
