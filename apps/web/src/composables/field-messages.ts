type Translate = (key: string, named?: Record<string, unknown>) => string;

// The API (and the domain validators it shares with us) word field errors in English. The
// common ones are said again in the person's language; anything else is shown as sent.
const PATTERNS: [RegExp, string, (m: RegExpMatchArray) => Record<string, unknown>][] = [
  [/^is required$/i, 'fieldErrors.required', () => ({})],
  [/^must be a multiple of 0\.5 from (\S+) to (\S+)$/i, 'fieldErrors.halfPoints', (m) => ({ min: m[1], max: m[2] })],
  [/^must be a whole number from (\S+) to (\S+)$/i, 'fieldErrors.wholeRange', (m) => ({ min: m[1], max: m[2] })],
  [/^must be a whole number ≥ 0$/i, 'fieldErrors.wholeNonNegative', () => ({})],
  [/^must be an IANA time zone/i, 'fieldErrors.timezone', () => ({})],
  [/^must be non-empty text$/i, 'fieldErrors.required', () => ({})],
  [/^must be (?:a date|a valid date|.*YYYY-MM-DD)/i, 'fieldErrors.date', () => ({})],
  [/^a role cannot report to itself$/i, 'fieldErrors.reportsToSelf', () => ({})],
  [/^must not be above disciplineMax$/i, 'fieldErrors.disciplineOrder', () => ({})],
  [/^(?:must NOT have fewer than|must have at least) (\d+) (?:characters|items)/i, 'fieldErrors.minLength', (m) => ({ n: m[1] })],
  [/^must be >= (\S+)$/i, 'fieldErrors.min', (m) => ({ min: m[1] })],
  [/^must be <= (\S+)$/i, 'fieldErrors.max', (m) => ({ max: m[1] })],
];

export function localizeFieldMessage(message: string, t: Translate): string {
  for (const [re, key, params] of PATTERNS) {
    const m = message.match(re);
    if (m) return t(key, params(m));
  }
  return message;
}

export function localizeFieldErrors(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, localizeFieldMessage(v, t)]));
}
