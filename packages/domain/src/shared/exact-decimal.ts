/**
 * A finite number read as the decimal a person typed. `String(x)` is the shortest text that
 * round-trips to the same double, so `1.5` reads as 15/10 and `0.1 + 0.2` reads as
 * 0.30000000000000004 (and is then refused wherever at most 2 decimals are allowed).
 * Value = units / 10^scale, with no trailing zeros in the fraction.
 */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

export function readDecimal(x: number): ScaledDecimal | null {
  if (!Number.isFinite(x)) return null;
  const match = NUMBER_TEXT.exec(String(x));
  if (!match) return null;
  const [, sign = '', int = '0', frac = '', exp = '0'] = match;
  let digits = int + frac;
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  let units = BigInt(digits);
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units: sign === '-' ? -units : units, scale };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Exact decimal text of units / 10^scale, e.g. (55n, 1) -> "5.5", (-10n, 0) -> "-10". */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  const text = frac ? `${int}.${frac}` : int;
  return negative && text !== '0' ? `-${text}` : text;
}

/** ⌈a / b⌉ for b > 0, exactly. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b > 0n ? q + 1n : q;
}
