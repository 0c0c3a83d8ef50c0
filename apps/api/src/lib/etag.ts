import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export const etagOf = (version: number) => `"v${version}"`;

/** 412 when the caller's If-Match names another version than the stored one. */
export function checkIfMatch(request: FastifyRequest, currentVersion: number): void {
  checkVersion(request.headers['if-match'], currentVersion);
}

/** The same check on the header's value, for a service verb (`Caller.ifMatch`). */
export function checkVersion(header: string | undefined, currentVersion: number): void {
  if (header === undefined) return;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(etagOf(currentVersion))) return;
  throw new ApiError('PRECONDITION_FAILED', `If-Match does not match the current version ${etagOf(currentVersion)}`);
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** Answers a versioned row: its version is the ETag, and the body is its view (the row itself without one). */
export function withEtag<Row extends { version: number }>(reply: FastifyReply, row: Row): Row;
export function withEtag<Row extends { version: number }, View>(reply: FastifyReply, row: Row, view: (row: Row) => View): View;
export function withEtag<Row extends { version: number }, View>(reply: FastifyReply, row: Row, view?: (row: Row) => View): Row | View {
  setEtag(reply, row.version);
  return view ? view(row) : row;
}
