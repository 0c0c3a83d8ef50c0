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
  /** YYYY-MM-DD */
  startDate: string;
  active?: boolean;
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
    // Joined mid-month: the scorecard counts missing logs only from the start date.
    username: 'rep6',
    displayName: '吴俊杰',
    roleCode: 'sales_rep',
    managerUsername: 'ka2',
    region: '华东-杭州',
    startDate: '2026-11-09',
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
