import { actorName } from './actor-name';

const ID = '0191a7b2-5c3d-7e4f-8a9b-0c1d2e3f4a5b';
const known = (id: string) => (id === 'u-known' ? '李经理' : undefined);

describe('actorName', () => {
  it("uses the API's name first: a rep reads their manager's name although GET /users does not list them", () => {
    expect(actorName({ actor: { id: ID, name: '赵强' }, actorId: ID }, known, '（未知）')).toBe('赵强');
    expect(actorName({ actorId: ID, actorName: '赵强' }, known, '（未知）')).toBe('赵强');
  });

  it('falls back to a person the caller knows, then to "unknown" — never the id', () => {
    expect(actorName({ actor: { id: 'u-known', name: null } }, known, '（未知）')).toBe('李经理');
    expect(actorName({ actorId: 'u-known' }, known, '（未知）')).toBe('李经理');
    expect(actorName({ actor: { id: ID, name: null }, actorId: ID }, known, '（未知）')).toBe('（未知）');
    expect(actorName({}, known, '（未知）')).toBe('（未知）');
  });
});
