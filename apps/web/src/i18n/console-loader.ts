import { i18n } from './index';

let loading: Promise<void> | null = null;

/**
 * The consoles' strings (manager and admin screens) are their own chunk: a rep's phone never
 * downloads them. Both languages load together so switching language needs no request.
 */
export function loadConsoleMessages(): Promise<void> {
  loading ??= import('./console')
    .then(({ consoleZhCN, consoleEn }) => {
      i18n.global.mergeLocaleMessage('zh-CN', consoleZhCN);
      i18n.global.mergeLocaleMessage('en', consoleEn);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
