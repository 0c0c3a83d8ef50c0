import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as domain from './index.js';

const SRC = join(process.cwd(), 'packages/domain/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'index.ts' ? [path] : [];
  });
}

describe('the package entry point', () => {
  test('re-exports every value export of every module', async () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const name of Object.keys(mod)) if (!(name in domain)) missing.push(`${file.slice(SRC.length)}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  test('the names other packages rely on are there', () => {
    for (const name of [
      'PERMISSIONS', 'STORE_TIERS', 'STORE_CHANNELS', 'STORE_STATUSES', 'RETURN_REASONS', 'RETURN_STATUSES',
      'PROMOTION_SOURCES', 'PROMOTION_STATUSES', 'TASK_STATUSES', 'VISIT_LINE_ISSUES', 'VISIT_ISSUES',
      'SCORE_LINE_CODES', 'WEBHOOK_EVENTS', 'DUTY_CADENCES', 'DEFAULT_SETTINGS', 'validateSettings',
      'toMinor', 'toMajor', 'isMoney', 'localDate', 'isoWeekOf', 'isoWeekDates', 'monthDates', 'zonedEndOfDay',
      'isDate', 'isMonth', 'isIsoWeek', 'suggestOrder', 'returnEligibility', 'visitFrequency', 'displayIssues',
      'haversineMeters', 'geofenceCheck', 'isWorkingDay', 'workingDaysInMonth', 'nthWorkingDay', 'monthlyDeadline',
      'DEFAULT_SCORING', 'collectionLine', 'collectionCarryIn', 'collectionChain', 'scoreMonth', 'renderExplanation',
      'promotionTransition', 'validatePromotionApplication', 'returnTransition', 'promotionEffect',
      'withDefaultScoring', 'validateRoleDefinition', 'validateDisciplinePoints', 'dutyPeriodKey', 'dutyDueDates',
      'isDutyDueOn', 'DomainError',
    ]) {
      expect(domain).toHaveProperty(name);
    }
  });

  test('the vocabulary matches the HTTP contract', () => {
    expect(domain.PERMISSIONS).toHaveLength(15);
    expect(domain.STORE_CHANNELS).toEqual(['ka', 'agent', 'wholesale', 'retail']);
    expect(domain.PROMOTION_STATUSES).toEqual(['draft', 'submitted', 'pending_gm', 'approved', 'rejected', 'withdrawn', 'completed']);
    expect(domain.WEBHOOK_EVENTS).toHaveLength(9);
    expect(new domain.DomainError('CONFLICT', 'x')).toBeInstanceOf(Error);
  });
});
