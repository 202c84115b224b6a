import { parseArgs } from 'node:util';
import { dealFields, historyFields, personFields, presetSources, type FileKind } from '@/domain/import/presets';
import { dealStages } from '@/schemas/deal-stages';
import type { TImportOptions } from '@/schemas/import';

// npm run import -- --preset salesforce|hubspot|pipedrive|cadence --people FILE --deals FILE
//   [--history FILE] [--map field=Column ...] [--stage "Source stage=COLUMN" ...]
//   [--date-order dmy|mdy] [--dry-run]
// `--map` names a field of the deals file (amount=Amount), or of another file with its
// kind first (people.team=Department, history.occurredAt=CreatedDate).

export const importUsage =
  'usage: npm run import -- --preset salesforce|hubspot|pipedrive|cadence --people FILE --deals FILE [--history FILE] [--map field=Column ...] [--stage "Source stage=COLUMN" ...] [--date-order dmy|mdy] [--dry-run]';

export type ImportArguments = { paths: Partial<Record<FileKind, string>>; options: TImportOptions };

const fieldsByKind: Record<FileKind, readonly string[]> = { deals: dealFields, people: personFields, history: historyFields };

export function parseImportArguments(argumentList: string[]): ImportArguments {
  const { values } = parseArgs({
    args: argumentList,
    options: {
      preset: { type: 'string' },
      people: { type: 'string' },
      deals: { type: 'string' },
      history: { type: 'string' },
      map: { type: 'string', multiple: true },
      stage: { type: 'string', multiple: true },
      'date-order': { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const preset = values.preset;
  if (preset !== undefined && !(presetSources as readonly string[]).includes(preset)) throw new Error(`--preset must be one of ${presetSources.join(', ')} (got "${preset}")`);
  if (!values.people && !values.deals) throw new Error(`give --deals FILE, --people FILE or both (${importUsage})`);
  if (values.history && !values.deals) throw new Error('--history needs the --deals file it belongs to');
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') throw new Error(`--date-order must be dmy or mdy (got "${dateOrder}")`);

  const columns: Record<FileKind, Record<string, string>> = { deals: {}, people: {}, history: {} };
  for (const mapping of values.map ?? []) {
    const equals = mapping.indexOf('=');
    if (equals <= 0) throw new Error(`--map takes field=Column (got "${mapping}")`);
    const target = mapping.slice(0, equals).trim();
    const column = mapping.slice(equals + 1).trim();
    const [kind, field] = target.includes('.') ? (target.split('.', 2) as [string, string]) : ['deals', target];
    if (!(kind in fieldsByKind)) throw new Error(`--map ${target}: the file is deals, people or history`);
    if (!fieldsByKind[kind as FileKind].includes(field)) throw new Error(`--map ${target}: ${kind} fields are ${fieldsByKind[kind as FileKind].join(', ')}`);
    columns[kind as FileKind][field] = column;
  }
  const stages: Record<string, (typeof dealStages)[number]> = {};
  for (const mapping of values.stage ?? []) {
    const equals = mapping.lastIndexOf('=');
    const column = mapping.slice(equals + 1).trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (equals <= 0 || !(dealStages as readonly string[]).includes(column)) {
      throw new Error(`--stage takes "Source stage=COLUMN" with COLUMN one of ${dealStages.join(', ')} (got "${mapping}")`);
    }
    stages[mapping.slice(0, equals).trim()] = column as (typeof dealStages)[number];
  }
  return {
    paths: { people: values.people, deals: values.deals, history: values.history },
    options: {
      source: preset as TImportOptions['source'],
      dateOrder,
      columns,
      stages,
      dryRun: values['dry-run'] ?? false,
    },
  };
}
