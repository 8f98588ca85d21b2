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
    ['"dưới sự chủ trì của" names the chair after it', 'Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy.', { 'Lê Văn Hùng': ['CHAIRED'] }],
    ['"có sự tham dự của" opens a list', 'Hội nghị có sự tham dự của ông Lê Văn Hùng, Bí thư Tỉnh ủy; ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['"sự tham dự và phát biểu chỉ đạo của"', 'Hội nghị có sự tham dự và phát biểu chỉ đạo của đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy.', { 'Lê Văn Hùng': ['ATTENDED', 'SPOKE', 'DIRECTED'] }],
    ['"chủ tọa … gồm các đồng chí" is a list of chairs', 'Chủ tọa hội nghị tại điểm cầu chính gồm các đồng chí: Lê Văn Hùng, Bí thư Tỉnh ủy; Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
    }],
    ['a list of chairs after a long place ("chủ tọa … tại điểm cầu chính đặt tại … gồm")', 'Chủ tọa hội nghị tại điểm cầu chính đặt tại Hội trường Trung tâm Hội nghị tỉnh gồm các đồng chí: Lê Văn Hùng, Bí thư Tỉnh ủy; Đỗ Minh Tuấn, Chủ tịch UBND tỉnh; Phạm Văn Nam, Phó Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
      'Phạm Văn Nam': ['CHAIRED'],
    }],
    ['presenting a submission ("trình … tờ trình") is speaking', 'Ông Lê Văn Hùng, Chủ tịch UBND tỉnh trình HĐND tỉnh tờ trình bầu bổ sung Phó Chủ tịch UBND tỉnh.', { 'Lê Văn Hùng': ['SPOKE'] }],
    ['submitting to a body with no document ("trình Bộ Chính trị") is no speech', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy trình Bộ Chính trị xem xét nhân sự.', {}],
    ['the Presidium ("Đoàn Chủ tịch") chairs', 'Đoàn Chủ tịch hội nghị gồm các đồng chí: Lê Văn Hùng, Bí thư Tỉnh ủy; Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
    }],
    ['"chủ trì:" opens a list of chairs', 'Hội nghị do hai đồng chí chủ trì: Lê Văn Hùng, Bí thư Tỉnh ủy và Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
    }],
    ['"do A điều hành" is chairing a sitting', 'Phiên thảo luận do Phó Chủ tịch HĐND tỉnh Lê Văn Hùng điều hành.', { 'Lê Văn Hùng': ['CHAIRED'] }],
    ['"A điều hành phiên …" is chairing a sitting', 'Hội nghị do ông Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì; ông Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy điều hành phiên thảo luận.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
    }],
    ['"Điều hành phiên họp là A" names the chair after it', 'Điều hành phiên họp là Phó Chủ tịch HĐND tỉnh Lê Văn Hùng.', { 'Lê Văn Hùng': ['CHAIRED'] }],
    ['"A điều hành" without "do" is an interim duty, not chairing', 'Ông Lê Văn Hùng, Phó Bí thư Thường trực Huyện ủy điều hành Đảng bộ huyện.', {}],
    ['the giver and the receiver of a decision take part', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy đã trao quyết định cho ông Đỗ Minh Tuấn.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['"người trao quyết định là" names the giver', 'Người trực tiếp trao quyết định là ông Lê Văn Hùng, Bí thư Tỉnh ủy.', { 'Lê Văn Hùng': ['ATTENDED'] }],
    ['"trao quyết định và tặng hoa chúc mừng" names the receiver', 'Ông Lê Văn Hùng đã trao quyết định và tặng hoa chúc mừng ông Đỗ Minh Tuấn.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['a report or a reading is taking part', 'Ông Lê Văn Hùng, Giám đốc Sở Nội vụ đã báo cáo tờ trình. Ông Đỗ Minh Tuấn, Phó Trưởng ban Tổ chức Tỉnh ủy đọc các quyết định.', {
      'Lê Văn Hùng': ['SPOKE'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['"Phía tỉnh có" and "Đại diện … có" continue a list of attendees', 'Phía tỉnh có ông Lê Văn Hùng, Bí thư Tỉnh ủy; ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['a comma may close the title chain before the cue', 'Điểm cầu tỉnh do đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy, chủ trì.', { 'Lê Văn Hùng': ['CHAIRED'] }],
    ['a list of chairs ends at ";"', 'Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy, chủ trì hội nghị; tại điểm cầu huyện có ông Đỗ Minh Tuấn.', {
      'Lê Văn Hùng': ['CHAIRED'],
      // At another end of the meeting: taking part, not chairing.
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['a decision handed to two people: both received it', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy trao quyết định cho ông Đỗ Minh Tuấn và ông Phạm Văn Nam.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
      'Phạm Văn Nam': ['ATTENDED'],
    }],
    ['the subject of a decision handed over is not said to be there', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy trao quyết định điều động ông Đỗ Minh Tuấn giữ chức Giám đốc Sở Nội vụ.', {
      'Lê Văn Hùng': ['ATTENDED'],
    }],
    ['duties handed over ("giao lại … cho")', 'Ông Lê Văn Hùng, Chính ủy Bộ Chỉ huy Quân sự tỉnh giao lại chức trách, nhiệm vụ cho ông Đỗ Minh Tuấn, Phó Chính ủy.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['announcing a decision ("thông báo") is taking part', 'Tại hội nghị, Phó Trưởng ban Tổ chức Tỉnh ủy Lê Văn Hùng thông báo quyết định của Ban Thường vụ.', { 'Lê Văn Hùng': ['ATTENDED'] }],
    ['the acceptance speech of someone just elected is no taking part', 'Hội nghị đã bầu ông Lê Văn Hùng giữ chức Phó Bí thư Tỉnh ủy. Phát biểu nhận nhiệm vụ, ông Lê Văn Hùng cảm ơn các đại biểu.', {}],
    ['the acceptance speech of someone appointed by a decision is speaking', 'Nhận nhiệm vụ, Bí thư Tỉnh ủy Lê Văn Hùng cảm ơn Bộ Chính trị đã tin tưởng.', { 'Lê Văn Hùng': ['SPOKE'] }],
    ['words reported of a leader ("Theo A, …") after the meeting is named: A spoke', 'Theo Bí thư Tỉnh ủy Lê Văn Hùng, năm qua tỉnh đã hoàn thành 20 chỉ tiêu.', { 'Lê Văn Hùng': ['SPOKE'] }],
    ['"Theo quyết định, A …" is no speech of A', 'Theo quyết định, ông Lê Văn Hùng giữ chức Phó Bí thư Tỉnh ủy.', {}],
    ['taking up a post from a day is no speech', 'Ông Lê Văn Hùng nhận nhiệm vụ từ ngày 1/7, thay ông Đỗ Minh Tuấn.', {}],
    ['flowers handed at the meeting: the giver and the receivers take part', 'Ông Lê Văn Hùng, Bí thư Tỉnh ủy tặng hoa chúc mừng ông Đỗ Minh Tuấn và ông Phạm Văn Nam.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
      'Phạm Văn Nam': ['ATTENDED'],
    }],
    ['flowers from leaders not named: the receivers take part', 'Lãnh đạo Bộ Công an cũng đến tặng hoa, chúc mừng ông Đỗ Minh Tuấn và ông Phạm Văn Nam.', {
      'Đỗ Minh Tuấn': ['ATTENDED'],
      'Phạm Văn Nam': ['ATTENDED'],
    }],
    ['a receiver of flowers named by title first', 'Ông Lê Văn Hùng tặng hoa chúc mừng Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 Đỗ Minh Tuấn.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['flowers sent ("gửi hoa") are no taking part', 'Ông Lê Văn Hùng, Bộ trưởng Bộ Nội vụ gửi hoa chúc mừng ông Đỗ Minh Tuấn.', {}],
    ['receiving a decision ("nhận quyết định") is taking part', 'Ông Đỗ Minh Tuấn, Phó Giám đốc Sở Nội vụ nhận quyết định của Ban Thường vụ Tỉnh ủy.', {
      'Đỗ Minh Tuấn': ['ATTENDED'],
    }],
    ['"dưới sự điều hành của" names the chairs after it', 'Hội nghị diễn ra dưới sự điều hành của ông Lê Văn Hùng, Bí thư Tỉnh ủy và ông Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy.', {
      'Lê Văn Hùng': ['CHAIRED'],
      'Đỗ Minh Tuấn': ['CHAIRED'],
    }],
    ['a list of leaders with former ones ("nguyên …") all attend', 'Dự hội nghị có các đồng chí: Bí thư Tỉnh ủy Lê Văn Hùng; nguyên Bí thư Tỉnh ủy Đỗ Minh Tuấn; nguyên Chủ tịch UBND tỉnh Phạm Văn Nam.', {
      'Lê Văn Hùng': ['ATTENDED'],
      'Đỗ Minh Tuấn': ['ATTENDED'],
      'Phạm Văn Nam': ['ATTENDED'],
    }],
    ['"ý kiến chỉ đạo của" is no list', 'Tiếp thu ý kiến chỉ đạo của đồng chí Bí thư Tỉnh ủy, ông Lê Văn Hùng đề nghị các ngành vào cuộc.', {}],
  ])('%s', (_rule, sentences, expected) => {
    expect(rolesIn(sentences)).toEqual(expected);
  });

  it('gives a cue that names no event to the event of its sentence or paragraph, else to the article\'s event', () => {
    const text = [
      'Sáng 20/6, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX khai mạc. Dự và chỉ đạo Đại hội có đồng chí Lê Văn Hùng.',
      'Ngay sau đó, tại hội nghị lần thứ nhất, Ban Chấp hành khóa mới bầu Ban Thường vụ.',
      'Phát biểu chỉ đạo, đồng chí Lê Văn Hùng đề nghị Ban Chấp hành sớm cụ thể hóa nghị quyết. Đồng chí Đỗ Minh Tuấn, Bí thư Tỉnh ủy phát biểu bế mạc.',
    ].join('\n');
    const { result } = extractText(text);
    expect(result.events.map((event) => [event.name, event.participants.map((participant) => participant.name)])).toEqual([
      ['Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX', ['Lê Văn Hùng', 'Đỗ Minh Tuấn']],
      ['Hội nghị lần thứ nhất', []],
    ]);
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

  it('takes no one elected at the meeting for a receiver of flowers', () => {
    const roles = rolesIn('Hội nghị đã bầu ông Đỗ Minh Tuấn giữ chức Phó Bí thư Tỉnh ủy. Ông Lê Văn Hùng, Bí thư Tỉnh ủy tặng hoa chúc mừng tân Phó Bí thư Tỉnh ủy Đỗ Minh Tuấn.');
    expect(roles).toEqual({ 'Lê Văn Hùng': ['ATTENDED'] });
  });

  it('takes words reported of a leader for a speech only in a report of a meeting', () => {
    const { result } = extractText('Theo Bí thư Tỉnh ủy Lê Văn Hùng, năm qua tỉnh đã hoàn thành 20 chỉ tiêu.\nNgày 20/6, Ban Chấp hành Đảng bộ tỉnh Thanh Hóa tổ chức hội nghị lần thứ 21.');
    expect(result.events[0]?.participants).toEqual([]);
  });

  it('takes no one elected at the meeting for its speaker', () => {
    const roles = rolesIn('Hội nghị đã bầu ông Lê Văn Hùng giữ chức Bí thư Tỉnh ủy. Theo Bí thư Tỉnh ủy Lê Văn Hùng, năm qua tỉnh đã hoàn thành 20 chỉ tiêu.');
    expect(roles).toEqual({});
  });

  it('quotes the sentence a participation comes from', () => {
    const { result } = extractText(`${OPENING}\nĐồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.`);
    expect(result.events[0]?.participants[0]?.evidence.quote).toBe('Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.');
  });
});
