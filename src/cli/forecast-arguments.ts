import { parseMonthKey } from '@/domain/forecast/months';

// Parsing the forecast commands' options; every mistake is one line naming the option.

export type ParsedOptions = Map<string, string | true>;

export function parseOptions(argumentList: readonly string[], known: Record<string, 'flag' | 'value'>): ParsedOptions {
  const options: ParsedOptions = new Map();
  for (let index = 0; index < argumentList.length; index += 1) {
    const argument = argumentList[index] as string;
    const [name, inline] = argument.split('=', 2) as [string, string | undefined];
    const kind = known[name];
    if (!kind) throw new Error(`unknown option "${argument}" (options: ${Object.keys(known).join(', ')})`);
    if (kind === 'flag') {
      options.set(name, true);
      continue;
    }
    const value = inline ?? argumentList[index + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    if (inline === undefined) index += 1;
    options.set(name, value);
  }
  return options;
}

export function readInteger(options: ParsedOptions, name: string, fallback: number, minimum: number, maximum: number): number {
  const value = options.get(name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value === true || !Number.isInteger(number) || number < minimum || number > maximum) throw new Error(`${name} must be a whole number from ${minimum} to ${maximum.toLocaleString('en-US')} (got "${String(value)}")`);
  return number;
}

export function readDay(options: ParsedOptions, name: string): Date | undefined {
  const value = options.get(name);
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new Error(`${name} must be a date as YYYY-MM-DD (got "${String(value)}")`);
  return date;
}

export function readMonth(options: ParsedOptions, name: string): Date | undefined {
  const value = options.get(name);
  if (value === undefined) return undefined;
  const month = typeof value === 'string' ? parseMonthKey(value) : null;
  if (!month) throw new Error(`${name} must be a month as YYYY-MM (got "${String(value)}")`);
  return month;
}
