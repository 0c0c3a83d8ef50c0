import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';

/**
 * Request validation with TypeBox. Query strings, params and headers are converted
 * ("5" → 5); bodies are not (a JSON client sends JSON types). Unknown body fields are
 * removed after a successful check, so a client that echoes back `id`, `status` or
 * `version` can never assign them: handlers only ever see the declared fields.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  const clean = httpPart === 'body' ? compileCleaner(schema) : null;
  return (value: unknown) => {
    // Convert may change the object in place: keep the texts it started from.
    const raw = httpPart !== 'body' && value && typeof value === 'object' ? { ...(value as object) } : value;
    const input = httpPart === 'body' ? value : Value.Convert(schema, value);
    const lossy = httpPart === 'body' ? undefined : lossyConversion(raw, input);
    if (lossy) return { error: [lossy] as unknown as FastifySchemaValidationError[] };
    if (check.Check(input)) {
      return { value: clean ? clean(input) : input };
    }
    return { error: check.Errors(input) as unknown as FastifySchemaValidationError[] };
  };
};

/**
 * TypeBox converts a query string "1.5" for an integer field to 1; a number that does not
 * equal the text it came from is refused instead (the caller asked for something else).
 */
function lossyConversion(raw: unknown, converted: unknown) {
  if (!raw || typeof raw !== 'object' || !converted || typeof converted !== 'object') return undefined;
  for (const [key, text] of Object.entries(raw as Record<string, unknown>)) {
    const number = (converted as Record<string, unknown>)[key];
    if (typeof text === 'string' && typeof number === 'number' && Number(text) !== number) {
      return { instancePath: `/${key}`, keyword: 'type', message: 'must be a whole number', params: {} };
    }
  }
  return undefined;
}

type Cleaner = (value: unknown) => unknown;

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What `Value.Clean` does to a value that passed the check, compiled once per schema: objects
 * lose the keys their schema does not declare, recursively. Clean walks the schema for every
 * request (a visit with 20 lines: 0.5 ms, mostly sorting union members); the compiled version
 * only visits the objects and arrays the schema has. Returns null where there is nothing to
 * clean (primitives), and defers to `Value.Clean` for the shapes it does not model
 * (unions of objects, records, open objects, references).
 */
export function compileCleaner(schema: TSchema): Cleaner | null {
  const s = schema as Record<string, unknown>;
  const plain = !('anyOf' in s || 'oneOf' in s || 'allOf' in s || 'not' in s || '$ref' in s || 'patternProperties' in s);
  if (plain && typeof s.type === 'string' && PRIMITIVE_TYPES.has(s.type)) return null;
  if (plain && s.type === 'object' && isRecord(s.properties) && s.additionalProperties === undefined) {
    const fields = new Map(Object.entries(s.properties as Record<string, TSchema>).map(([key, sub]) => [key, compileCleaner(sub)]));
    return (value) => {
      if (!isRecord(value)) return value;
      for (const key of Object.keys(value)) {
        if (!fields.has(key)) delete value[key];
        else {
          const field = fields.get(key);
          if (field && value[key] !== undefined) value[key] = field(value[key]);
        }
      }
      return value;
    };
  }
  if (plain && s.type === 'array' && isRecord(s.items)) {
    const item = compileCleaner(s.items as TSchema);
    if (!item) return null;
    return (value) => {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = item(value[i]);
      return value;
    };
  }
  if (Array.isArray(s.anyOf) && s.anyOf.every((member) => compileCleaner(member as TSchema) === null)) return null;
  return (value) => Value.Clean(schema, value);
}
