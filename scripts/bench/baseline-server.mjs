#!/usr/bin/env node
// The list benchmark's baseline: a bare Fastify route answering the same JSON body the real
// `GET /visits?limit=50` answered, from memory (parsed once, serialised per request as Fastify
// does for a route without a response schema). Run as its own process, like the real server.
//
//   node scripts/bench/baseline-server.mjs <port> <body.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(resolve(import.meta.dirname, '../../apps/api/package.json'));
const Fastify = require('fastify');

const [port, file] = process.argv.slice(2);
const body = JSON.parse(readFileSync(file, 'utf8'));
const app = Fastify({ logger: false });
app.get('/api/v1/visits', async () => body);
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log('baseline listening');
