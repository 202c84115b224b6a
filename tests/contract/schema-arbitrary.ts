import fc from 'fast-check';

// Turns the JSON Schemas of an OpenAPI 3.1 document into fast-check arbitraries: valid
// values (as the document describes them) and values with one deliberate mistake. Ids are
// drawn from pools of real rows (`pickId`) so that requests reach past 404s.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  if?: JsonSchema;
  then?: JsonSchema;
  minProperties?: number;
};

export type SchemaContext = {
  /** The document, to resolve `#/components/...` references. */
  document: unknown;
  /** An arbitrary of real ids for a property or parameter name, or undefined for none. */
  idsFor: (name: string) => fc.Arbitrary<string> | undefined;
};

export function resolve(schema: JsonSchema, context: SchemaContext): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 20; depth += 1) {
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce<any>((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], context.document) ?? {};
  }
  return current;
}

const timeZones = Intl.supportedValuesOf('timeZone');
const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF'];

/** Values for names whose meaning a bare string type does not carry. */
function byName(name: string | undefined, schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> | undefined {
  if (!name) return undefined;
  const ids = context.idsFor(name);
  if (ids) return fc.oneof({ weight: 8, arbitrary: ids }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });
  if (name === 'version') return fc.integer({ min: 1, max: 4 });
  if (name === 'timeZone') return fc.constantFrom(...timeZones);
  // A simulation's cost grows with its runs; the contract is about shapes and statuses, and
  // the forecast at 10,000-20,000 runs is covered by its own tests and bench:forecast.
  if (name === 'runs' && schema.type === 'integer') return fc.integer({ min: schema.minimum ?? 1, max: Math.min(schema.maximum ?? 1_000, 1_000) });
  if (/currency$/i.test(name) && schema.type === 'string') return fc.constantFrom(...currencies);
  if (name === 'locale') return fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR');
  if (/(^|_)(date|startDate|expectedCloseDate|dueDate)$/i.test(name) && schema.pattern) return calendarDate();
  return undefined;
}

function calendarDate(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return calendarDate();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length <= (schema.maxLength ?? 500));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
  );
}

function numberArbitrary(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (isInteger ? 1 : 1e-6) : -1_000_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (isInteger ? 1 : 1e-6) : 1_000_000_000);
  const boundedMax = Math.min(max, Number.MAX_SAFE_INTEGER);
  const boundedMin = Math.max(min, Number.MIN_SAFE_INTEGER);
  if (isInteger) {
    const small = fc.integer({ min: Math.ceil(boundedMin), max: Math.floor(Math.min(boundedMax, Math.max(boundedMin, 0) + 100_000)) });
    return fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: fc.integer({ min: Math.ceil(boundedMin), max: Math.floor(boundedMax) }) });
  }
  return fc.double({ min: boundedMin, max: boundedMax, noNaN: true, noDefaultInfinity: true });
}

/** A value the schema accepts. `name` is the property or parameter it is for. */
export function arbitraryFor(schema: JsonSchema, context: SchemaContext, name?: string, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, context);
  const named = byName(name, resolved, context);
  if (named) return named;
  if (resolved.const !== undefined) return fc.constant(resolved.const);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  const types = Array.isArray(resolved.type) ? resolved.type : resolved.type ? [resolved.type] : [];
  if (alternatives && types.length === 0 && alternatives.every((alternative) => resolve(alternative, context).type || resolve(alternative, context).anyOf || resolve(alternative, context).enum || resolve(alternative, context).const !== undefined)) {
    return fc.oneof(...alternatives.map((alternative) => arbitraryFor(alternative, context, name, depth + 1)));
  }
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor({ ...resolved, type }, context, name, depth + 1)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(resolved);
    case 'integer':
      return numberArbitrary(resolved, true);
    case 'number':
      return numberArbitrary(resolved, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (resolved.prefixItems) return fc.tuple(...resolved.prefixItems.map((item) => arbitraryFor(item, context, name, depth + 1)));
      const item = arbitraryFor(resolved.items ?? {}, context, name?.replace(/s$/, ''), depth + 1);
      return fc.array(item, { minLength: resolved.minItems ?? 0, maxLength: Math.min(resolved.maxItems ?? 4, Math.max(resolved.minItems ?? 0, 4)) });
    }
    case 'object':
      return objectArbitrary(resolved, context, depth);
    default:
      return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 1 });
  }
}

function objectArbitrary(schema: JsonSchema, context: SchemaContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  // `anyOf: [{required: [a]}, {required: [b]}]` beside the properties: at least one of them.
  const oneOfRequired = (schema.anyOf ?? []).map((alternative) => alternative.required ?? []).filter((keys) => keys.length > 0);
  const model = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, arbitraryFor(property, context, key, depth + 1)]));
  const record = fc.record(model, { requiredKeys: [...required].filter((key) => key in model) });
  let result: fc.Arbitrary<Record<string, unknown>> = record as fc.Arbitrary<Record<string, unknown>>;
  if (oneOfRequired.length > 0) {
    result = fc.tuple(result, fc.constantFrom(...oneOfRequired)).chain(([value, keys]) =>
      fc.record(Object.fromEntries(keys.map((key) => [key, model[key] ?? fc.string()]))).map((extra) => ({ ...value, ...extra })),
    );
  }
  // `if: {scope: OFFICE} then: {required: [officeId]}`: fill the consequence in when the condition holds.
  if (schema.if?.properties && schema.then?.required) {
    const condition = Object.entries(schema.if.properties);
    const then = schema.then.required;
    result = result.chain((value) =>
      condition.every(([key, rule]) => value[key] === rule.const)
        ? fc.record(Object.fromEntries(then.map((key) => [key, model[key] ?? fc.string()]))).map((extra) => ({ ...value, ...extra }))
        : fc.constant(value),
    );
  }
  return result;
}

/** A wrong value for a schema: the wrong type, or out of its bounds. */
export function wrongValueFor(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, context);
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  const options: fc.Arbitrary<unknown>[] = [fc.constant({ unexpected: true }), fc.constant([1, 'two'])];
  if (type !== 'string') options.push(fc.string({ minLength: 1, maxLength: 8 }).filter((value) => Number.isNaN(Number(value))));
  if (type === 'string' || resolved.enum) options.push(fc.integer(), fc.constant(''), fc.constant('x'.repeat((resolved.maxLength ?? 1000) + 1)));
  if (type === 'integer' || type === 'number') {
    options.push(fc.constant(1.5), fc.constant(-1e12), fc.constant(1e15));
  }
  if (type === 'boolean') options.push(fc.constant('yes'), fc.constant(2));
  return fc.oneof(...options);
}

/** A body with one mistake: a required field left out, or one field of the wrong type. */
export function invalidBodyFor(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, context);
  const valid = arbitraryFor(resolved, context);
  const keys = Object.keys(resolved.properties ?? {});
  if (resolved.type !== 'object' || keys.length === 0) return fc.oneof(fc.constant('not an object'), fc.constant([]), fc.constant(null));
  return fc.oneof(
    fc.tuple(valid, fc.constantFrom(...(resolved.required?.length ? resolved.required : keys))).map(([value, key]) => {
      const copy = { ...(value as Record<string, unknown>) };
      delete copy[key];
      return copy;
    }),
    fc
      .tuple(valid, fc.constantFrom(...keys))
      .chain(([value, key]) => wrongValueFor(resolved.properties![key]!, context).map((wrong) => ({ ...(value as object), [key]: wrong }))),
    fc.constant([]),
    fc.constant('text'),
  );
}
