// Jest transform for the SPA's single-file components (the web project's component tests).
// @vue/vue3-jest targets Jest 29 and CommonJS; this runs under Jest 30 with native ESM, so it is
// the few lines needed: @vue/compiler-sfc compiles <script setup> with the template inlined as its
// render function, swc strips the TypeScript, and the module stays ESM. Styles are not compiled
// (jsdom has no layout); scoped-style attributes are irrelevant to what the tests read.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { transformSync } from '@swc/core';
import typescript from 'typescript';

// The compiler is the SPA's devDependency, not the workspace root's.
const sfc = createRequire(new URL('../../apps/web/package.json', import.meta.url))('@vue/compiler-sfc');
// Type-only props (`defineProps<Imported>()`) are resolved through TypeScript.
sfc.registerTS(() => typescript);

function compileSfc(source, filename) {
  const { descriptor, errors } = sfc.parse(source, { filename });
  if (errors.length > 0) throw errors[0];
  const id = createHash('sha256').update(filename).digest('hex').slice(0, 8);
  let code;
  if (descriptor.script || descriptor.scriptSetup) {
    code = sfc.compileScript(descriptor, { id, inlineTemplate: true, genDefaultAs: '__sfc__' }).content;
  } else {
    const template = sfc.compileTemplate({ source: descriptor.template.content, filename, id });
    code = `${template.code}\nconst __sfc__ = { render };`;
  }
  code += `\n__sfc__.__file = ${JSON.stringify(filename)};\nexport default __sfc__;\n`;
  const out = transformSync(code, {
    filename: `${filename}.ts`,
    sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
  });
  return { code: out.code };
}

export default {
  process: compileSfc,
  getCacheKey: (source, filename) => createHash('sha256').update(source).update(filename).update('vue-transform-1').digest('hex'),
};
