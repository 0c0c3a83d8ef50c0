import { setLocale } from '../i18n';
import { formatMoney } from './format';

// Money reads ¥ with thousands separators in both languages (English's default symbol for
// the yuan is "CN¥", which no Chinese sales team writes).
test.each([
  ['zh-CN', 1234567.5, '¥1,234,567.50'],
  ['en', 1234567.5, '¥1,234,567.50'],
  ['en', -80, '-¥80.00'],
] as const)('formatMoney in %s: %d → %s', (locale, amount, text) => {
  setLocale(locale);
  expect(formatMoney(amount)).toBe(text);
  setLocale('zh-CN');
});

test('no amount is a dash', () => {
  expect(formatMoney(null)).toBe('—');
  expect(formatMoney(Number.NaN)).toBe('—');
});
