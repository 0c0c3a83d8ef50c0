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
  return (value: unknown) => {
    // Convert may change the object in place: keep the texts it started from.
    const raw = httpPart !== 'body' && value && typeof value === 'object' ? { ...(value as object) } : value;
    const input = httpPart === 'body' ? value : Value.Convert(schema, value);
    const lossy = httpPart === 'body' ? undefined : lossyConversion(raw, input);
    if (lossy) return { error: [lossy] as unknown as FastifySchemaValidationError[] };
    if (check.Check(input)) {
      return { value: httpPart === 'body' ? Value.Clean(schema, input) : input };
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
