import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const OPENING = 'Ngày 20/6, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa tổ chức hội nghị lần thứ 21.';

function rolesIn(sentences: string): Record<string, string[]> {
  const { result } = extractText(`${OPENING}\n${sentences}`);
  return Object.fromEntries((result.events[0]?.participants ?? []).map((participant) => [participant.name, participant.roles]));
}

describe('participants', () => {
  it.each([
    ['a list after "dự … có các đồng chí"', 'Dự hội nghị có các đồng chí: Lê Văn Hùng, Bí thư Tỉnh ủy; Phạm Thị Hoa, Phó Bí thư Tỉnh ủy.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Phạm Thị Hoa': ['ATTENDED'],
    }],
    ['"chủ trì" alone is chairing', 'Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.', { 'Lê Văn Hùng': ['CHAIRED'] }],
    ['"đồng chủ trì" is co-chairing, for every subject', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy và ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.', {
      'Lê Văn Hùng': ['CO_CHAIRED'],
      'Đỗ Minh Tuấn': ['CO_CHAIRED'],
    }],
    ['"cùng chủ trì có" opens a list of co-chairs', 'Cùng chủ trì hội nghị có các đồng chí: Lê Văn Hùng, Bí thư Tỉnh ủy; Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['CO_CHAIRED'],
      'Đỗ Minh Tuấn': ['CO_CHAIRED'],
    }],
    ['a fronted cue names the person after it', 'Phát biểu kết luận hội nghị, đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy yêu cầu các cấp vào cuộc.', {
      'Lê Văn Hùng': ['SPOKE', 'CONCLUDED'],
    }],
    ['"phát biểu chỉ đạo" is speaking and directing', 'Phát biểu chỉ đạo tại hội nghị, ông Lê Văn Hùng nhấn mạnh.', { 'Lê Văn Hùng': ['SPOKE', 'DIRECTED'] }],
    ['"chỉ đạo" without an event is no participation', 'Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy đã chỉ đạo 5 nhóm nhiệm vụ.', {}],
    ['"dự toán" is no attendance', 'Ông Lê Văn Hùng, Giám đốc Công an tỉnh dự toán kinh phí.', {}],
    ['roles from several sentences add up, in order', 'Dự, chỉ đạo hội nghị có ông Lê Văn Hùng, Bí thư Tỉnh ủy. Ông Lê Văn Hùng, Bí thư Tỉnh ủy phát biểu tại hội nghị.', {
      'Lê Văn Hùng': ['ATTENDED', 'DIRECTED', 'SPOKE'],
    }],
  ])('%s', (_rule, sentences, expected) => {
    expect(rolesIn(sentences)).toEqual(expected);
  });

  it('gives a cue that names a congress to the congress', () => {
    const { result } = extractText(
      `${OPENING} Ngày 25/6, Đại hội Đảng bộ Quân sự tỉnh lần thứ XVI khai mạc.\nÔng Lê Văn Hùng, Bí thư Tỉnh ủy dự đại hội.`,
    );
    expect(result.events.map((event) => [event.kind, event.participants.map((participant) => participant.name)])).toEqual([
      ['CONFERENCE', []],
      ['CONGRESS', ['Lê Văn Hùng']],
    ]);
  });

  it('quotes the sentence a participation comes from', () => {
    const { result } = extractText(`${OPENING}\nĐồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.`);
    expect(result.events[0]?.participants[0]?.evidence.quote).toBe('Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.');
  });
});
