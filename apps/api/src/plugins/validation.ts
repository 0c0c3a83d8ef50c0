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
    const input = httpPart === 'body' ? value : Value.Convert(schema, value);
    if (check.Check(input)) {
      return { value: httpPart === 'body' ? Value.Clean(schema, input) : input };
    }
    return { error: check.Errors(input) as unknown as FastifySchemaValidationError[] };
  };
};
