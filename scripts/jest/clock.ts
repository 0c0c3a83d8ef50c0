// The clock-shifted Jest projects (jest.config.js): the project's global `__TEST_NOW__` sets the
// wall clock of every test file to that instant, from which it runs on in real time. Only the
// wall clock moves: `Date` keeps its resolution and its pace (a fake clock that ticks in steps
// would make two quick writes share a millisecond), and timers, microtasks and performance
// counters are untouched, so servers, sockets and retries behave as in the plain run.
const now = (globalThis as { __TEST_NOW__?: string }).__TEST_NOW__;

if (now) {
  const RealDate = Date;
  const offset = new RealDate(now).getTime() - RealDate.now();
  if (Number.isNaN(offset)) throw new Error(`__TEST_NOW__ is not an instant: ${now}`);

  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<typeof RealDate>));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
