/**
 * @jest-environment node
 */
import { jest } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { serviceWorker } from '../../sw-plugin';

// What the built service worker caches when it installs (the app shell for a phone offline).
function precacheList(notPrecached?: RegExp[]): string[] {
  const plugin = serviceWorker({ template: fileURLToPath(new URL('../../sw/sw.js', import.meta.url)), notPrecached }) as unknown as {
    configResolved(config: { publicDir: string }): void;
    generateBundle(this: { emitFile(file: { source: string }): void }, options: unknown, bundle: Record<string, unknown>): void;
  };
  plugin.configResolved({ publicDir: '/nonexistent' });
  const emitFile = jest.fn<(file: { source: string }) => void>();
  const asset = (source: string) => ({ type: 'asset', source });
  plugin.generateBundle.call({ emitFile }, {}, {
    'index.html': asset('<html>'),
    'assets/index-a1.js': asset('app'),
    'assets/VisitPage-b2.js': asset('page'),
    'assets/exceljs.min-c3.js': asset('xlsx'),
    'assets/index-a1.js.map': asset('{}'),
  });
  const source = emitFile.mock.calls[0]![0].source;
  return JSON.parse(/const PRECACHE = (\[[^\]]*\])/.exec(source)![1]!) as string[];
}

describe('the service worker’s install-time cache', () => {
  it('holds every built file but the source maps', () => {
    expect(precacheList()).toEqual(['/', '/assets/VisitPage-b2.js', '/assets/exceljs.min-c3.js', '/assets/index-a1.js', '/index.html']);
  });

  it('leaves out the chunks loaded only on demand (the XLSX writer)', () => {
    expect(precacheList([/^assets\/exceljs/])).toEqual(['/', '/assets/VisitPage-b2.js', '/assets/index-a1.js', '/index.html']);
  });
});
