import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import { UUID_FOLD } from '../lib/schemas.js';

/**
 * Request validation with TypeBox. Query strings, params and headers are converted
 * ("5" → 5); bodies are not (a JSON client sends JSON types). Unknown body fields are
 * removed after a successful check, so a client that echoes back `id`, `status` or
 * `version` can never assign them: handlers only ever see the declared fields.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  const clean = httpPart === 'body' ? compileCleaner(schema) : null;
  const fold = compileUuidFolder(schema);
  return (value: unknown) => {
    const unpaired = loneSurrogate(value);
    if (unpaired) return { error: [unpaired] as unknown as FastifySchemaValidationError[] };
    // Convert may change the object in place: keep the texts it started from.
    const raw = httpPart !== 'body' && value && typeof value === 'object' ? { ...(value as object) } : value;
    const input = httpPart === 'body' ? value : Value.Convert(schema, value);
    const lossy = httpPart === 'body' ? undefined : lossyConversion(raw, input);
    if (lossy) return { error: [lossy] as unknown as FastifySchemaValidationError[] };
    if (check.Check(input)) {
      const cleaned = clean ? clean(input) : input;
      return { value: fold ? fold(cleaned) : cleaned };
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

/** In unicode mode a surrogate class matches only a surrogate that is not half of a pair. */
const LONE_SURROGATES = /\p{Cs}/gu;
const hasLoneSurrogate = (text: string) => text.search(LONE_SURROGATES) !== -1;

/** A JSON pointer segment (RFC 6901), made printable if the key itself is not well-formed. */
const pointerSegment = (key: string) => key.replace(LONE_SURROGATES, '\uFFFD').replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The first string (or object key) holding a lone UTF-16 surrogate, which JSON can carry as
 * "\ud800" but no text column or JSON reader downstream can: refused naming the field, for every
 * body, query and path of every route. Iterative, so a deeply nested body cannot exhaust the stack.
 */
function loneSurrogate(value: unknown) {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (hasLoneSurrogate(v)) {
        return { instancePath: path, keyword: 'format', message: 'must not contain a lone UTF-16 surrogate', params: {} };
      }
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}/${i}`]);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childPath = `${path}/${pointerSegment(key)}`;
        if (hasLoneSurrogate(key)) {
          return { instancePath: childPath, keyword: 'format', message: 'must not contain a lone UTF-16 surrogate', params: {} };
        }
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs in lower case (the server's, and a client's offline ids once stored), but a
 * client may send its UUID upper-cased (iOS does): every string declared as an id (`format:
 * 'uuid'` or the `Id` schema's mark, see lib/schemas.ts) is lower-cased here when it is a UUID,
 * in bodies, queries and paths alike, so no handler ever compares ids by case. Compiled once per
 * schema; null when the schema declares no id.
 */
export function compileUuidFolder(schema: TSchema): Cleaner | null {
  const s = schema as Record<string, unknown>;
  if (s.type === 'string') {
    if (s.format !== 'uuid' && s[UUID_FOLD] !== true) return null;
    return (value) => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : value);
  }
  if (s.type === 'object' && isRecord(s.properties)) {
    const fields = Object.entries(s.properties as Record<string, TSchema>)
      .map(([key, sub]) => [key, compileUuidFolder(sub)] as const)
      .filter((entry): entry is readonly [string, Cleaner] => entry[1] !== null);
    if (fields.length === 0) return null;
    return (value) => {
      if (isRecord(value)) for (const [key, fold] of fields) if (value[key] !== undefined) value[key] = fold(value[key]);
      return value;
    };
  }
  if (s.type === 'array' && isRecord(s.items)) {
    const item = compileUuidFolder(s.items as TSchema);
    if (!item) return null;
    return (value) => {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = item(value[i]);
      return value;
    };
  }
  const members = (['anyOf', 'oneOf', 'allOf'] as const).flatMap((k) => (Array.isArray(s[k]) ? (s[k] as TSchema[]) : []));
  const folds = members.map(compileUuidFolder).filter((f): f is Cleaner => f !== null);
  if (folds.length === 0) return null;
  return (value) => folds.reduce((v, fold) => fold(v), value);
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
