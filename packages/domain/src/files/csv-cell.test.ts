import fc from 'fast-check';
import { csvCell, neutraliseFormula } from './csv-cell.js';

describe('CSV cells', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const text of ['=SUM(A1:A9)', '+1', '-2', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['plain', '联盛超市', '', ' =not first', "'already", '1+1']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('never starts with a formula character, and drops only the apostrophe it added', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutraliseFormula(text);
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        expect(out === text || out === `'${text}`).toBe(true);
      }),
    );
  });

  it('quotes as RFC 4180 and writes numbers and booleans as they are', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});
