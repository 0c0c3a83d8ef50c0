import { monthOf, shiftMonth, type CalendarDate } from '@fieldbeat/domain';

// The demo team. The server creates the `admin` user itself, so it is not listed here.
// Managers are named by username; the seeder resolves them to ids (superiors come first).

/** The password of every demo user (a demo database is not a production database). */
export const DEMO_PASSWORD = 'fieldbeat-demo';

export interface DemoUser {
  username: string;
  displayName: string;
  roleCode: string;
  managerUsername?: string;
  region?: string;
  /** YYYY-MM-DD: a fixed start date, or `recent` for the newcomer (see `demoStartDate`). */
  startDate: string | 'recent';
  active?: boolean;
}

/** The day of the month on which the demo's newcomer joined. */
const NEWCOMER_DAY = 9;

/**
 * A demo user's start date as of `today`. The newcomer joined on the 9th of this month, or of
 * last month while this month has had fewer than ten days, so that on any day of a month they
 * have days worked, visits and work logs, and a month that counts only from their start.
 */
export function demoStartDate(user: DemoUser, today: CalendarDate): CalendarDate {
  if (user.startDate !== 'recent') return user.startDate;
  const day = Number(today.slice(8, 10));
  const month = day > NEWCOMER_DAY ? monthOf(today) : shiftMonth(monthOf(today), -1);
  return `${month}-${String(NEWCOMER_DAY).padStart(2, '0')}`;
}

export const demoUsers: DemoUser[] = [
  {
    username: 'gm',
    displayName: '王志强',
    roleCode: 'general_manager',
    region: '华东',
    startDate: '2019-03-01',
  },
  {
    username: 'ka1',
    displayName: '李明辉',
    roleCode: 'ka_manager',
    managerUsername: 'gm',
    region: '华东-上海',
    startDate: '2020-07-06',
  },
  {
    username: 'ka2',
    displayName: '周晓燕',
    roleCode: 'ka_manager',
    managerUsername: 'gm',
    region: '华东-杭州',
    startDate: '2021-02-22',
  },
  {
    username: 'sup1',
    displayName: '张伟',
    roleCode: 'sales_supervisor',
    managerUsername: 'ka1',
    region: '华东-上海',
    startDate: '2022-04-11',
  },
  {
    username: 'rep1',
    displayName: '刘洋',
    roleCode: 'sales_rep',
    managerUsername: 'ka1',
    region: '华东-上海',
    startDate: '2022-09-01',
  },
  {
    username: 'rep2',
    displayName: '陈静',
    roleCode: 'sales_rep',
    managerUsername: 'ka1',
    region: '华东-上海',
    startDate: '2023-03-13',
  },
  {
    username: 'rep3',
    displayName: '杨帆',
    roleCode: 'sales_rep',
    managerUsername: 'ka1',
    region: '华东-上海',
    startDate: '2024-06-03',
  },
  {
    username: 'rep4',
    displayName: '赵磊',
    roleCode: 'sales_rep',
    managerUsername: 'ka2',
    region: '华东-杭州',
    startDate: '2021-10-18',
  },
  {
    username: 'rep5',
    displayName: '黄丽娟',
    roleCode: 'sales_rep',
    managerUsername: 'ka2',
    region: '华东-杭州',
    startDate: '2023-08-07',
  },
  {
    // Joined recently, mid-month: the scorecard counts missing logs only from the start date.
    username: 'rep6',
    displayName: '吴俊杰',
    roleCode: 'sales_rep',
    managerUsername: 'ka2',
    region: '华东-杭州',
    startDate: 'recent',
  },
  {
    username: 'bs1',
    displayName: '孙慧',
    roleCode: 'business_support_staff',
    managerUsername: 'gm',
    region: '华东',
    startDate: '2022-11-21',
  },
];

/** User by username (throws on an unknown username). */
export function demoUser(username: string): DemoUser {
  const user = demoUsers.find((u) => u.username === username);
  if (!user) throw new Error(`unknown demo user ${username}`);
  return user;
}
