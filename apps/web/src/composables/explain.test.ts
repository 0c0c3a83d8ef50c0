import { renderExplanation } from '@fieldbeat/domain';
import { explanationText } from './explain';

describe('explanationText: the API’s one shape and the domain’s own decisions', () => {
  const params = { visitDays: 3, required: 3, days: '12-01 12-03 12-05' };

  it('renders the key and params in the UI language, so a language switch needs no reload', () => {
    const item = {
      explanation: 'the server’s English sentence',
      explanationKey: 'visit_frequency.key_ok',
      explanationParams: params,
    };
    expect(explanationText(item, 'zh-CN')).toBe(
      renderExplanation({ key: 'visit_frequency.key_ok', params }, 'zh-CN'),
    );
    expect(explanationText(item, 'en')).toBe(
      renderExplanation({ key: 'visit_frequency.key_ok', params }, 'en'),
    );
    expect(explanationText(item, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the server’s sentence for a key this build has no template for, never the key', () => {
    const item = {
      explanation: '服务器的说明',
      explanationKey: 'from.a.newer.server',
      explanationParams: {},
    };
    expect(explanationText(item, 'en')).toBe('服务器的说明');
    expect(explanationText({ explanation: 'only a sentence' }, 'en')).toBe('only a sentence');
  });

  it('renders a decision the phone computed ({key, params} under explanation)', () => {
    const local = { explanation: { key: 'visit_frequency.key_ok' as const, params } };
    expect(explanationText(local, 'en')).toBe(renderExplanation(local.explanation, 'en'));
    expect(explanationText(null, 'en')).toBe('');
    expect(explanationText({}, 'en')).toBe('');
  });
});
