import { describe, expect, it } from 'vitest';
import { expectEvidenceInBody, extractText } from './helpers.js';

const THANH_HOA = { name: 'Thanh Hóa', kind: 'PROVINCE', within: null };
const PROVINCIAL_COMMITTEE = {
  kind: 'PARTY_COMMITTEE',
  level: 'PROVINCE',
  area: THANH_HOA,
  name: 'Tỉnh ủy Thanh Hóa',
  nameEn: 'Thanh Hoa Provincial Party Committee',
};

describe('events', () => {
  it('merges a headline and the sentence reporting it, with the body as subject', () => {
    const article = [
      'Hội nghị BCH Đảng bộ tỉnh lần thứ 20.',
      'Ngày 15/6, BCH Đảng bộ tỉnh Thanh Hóa khóa XIX, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 20 để cho ý kiến về đề án.',
    ].join('\n');
    const { body, result } = extractText(article);
    expect(result.events).toEqual([
      {
        kind: 'CONFERENCE',
        name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa lần thứ 20',
        ordinal: 20,
        term: { name: 'XIX', startYear: 2020, endYear: 2025 },
        convenedBy: PROVINCIAL_COMMITTEE,
        date: { precision: 'DAY', year: 2025, month: 6, day: 15, text: 'Ngày 15/6' },
        participants: [],
        evidence: expect.objectContaining({ quote: article.split('\n')[1] }),
      },
    ]);
    expectEvidenceInBody(body, result);
  });

  it('reads a Roman ordinal and a term, and dates an undated event by its paragraph\'s opening', () => {
    const { result } = extractText('Tháng 5/2025, các đơn vị thi đua sôi nổi. Huyện đã tổ chức thành công Đại hội đại biểu Đảng bộ huyện Tĩnh Gia lần thứ XXV, nhiệm kỳ 2025-2030.');
    expect(result.events).toMatchObject([
      {
        kind: 'CONGRESS',
        name: 'Đại hội đại biểu Đảng bộ huyện Tĩnh Gia lần thứ XXV',
        ordinal: 25,
        term: { name: null, startYear: 2025, endYear: 2030 },
        convenedBy: { kind: 'PARTY_ORGANIZATION', level: 'DISTRICT', name: 'Đảng bộ huyện Tĩnh Gia', nameEn: 'Tinh Gia District Party Organization' },
        date: { precision: 'MONTH', year: 2025, month: 5 },
      },
    ]);
  });

  it('reads a session of a People\'s Council, its ordinal before the body', () => {
    const { result } = extractText('Sáng 10/7, Kỳ họp thứ 25, HĐND tỉnh Thanh Hóa khóa XVIII khai mạc.');
    expect(result.events).toMatchObject([
      {
        kind: 'SESSION',
        name: 'Kỳ họp thứ 25 Hội đồng nhân dân tỉnh Thanh Hóa',
        ordinal: 25,
        term: { name: 'XVIII', startYear: null, endYear: null },
        convenedBy: { kind: 'PEOPLES_COUNCIL', name: 'Hội đồng nhân dân tỉnh Thanh Hóa' },
        date: { precision: 'DAY', year: 2025, month: 7, day: 10 },
      },
    ]);
  });

  it('leaves the date null when neither the sentence nor its paragraph gives one', () => {
    const { result } = extractText('Ban Thường vụ Tỉnh ủy Thanh Hóa đã tổ chức Hội nghị lần thứ 12.');
    expect(result.events).toMatchObject([{ name: 'Hội nghị Ban Thường vụ Tỉnh ủy Thanh Hóa lần thứ 12', date: null }]);
  });

  it('keeps two conferences of one body with different ordinals apart', () => {
    const { result } = extractText('Hội nghị Tỉnh ủy Thanh Hóa lần thứ 11 và Hội nghị Tỉnh ủy Thanh Hóa lần thứ 12 đã diễn ra.');
    expect(result.events.map((event) => event.ordinal)).toEqual([11, 12]);
  });

  it.each([
    ['a generic, plural meeting', 'Các xã hoàn thành sớm tổ chức đại hội chi bộ.'],
    ['a head alone that does not report a meeting', 'Kết quả hội nghị được gửi về các huyện.'],
    ['a resolution of a congress', 'Các huyện thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX.'],
    ['a draft for a congress ahead', 'Hội đồng góp ý Dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XX.'],
    ['a meeting without body or ordinal', 'Phiên họp thường kỳ tháng 2/2025.'],
  ])('finds no event in %s', (_case, text) => {
    expect(extractText(text).result.events).toEqual([]);
  });

  it('finds no event in the list of other headlines', () => {
    const article = 'Tỉnh Thanh Hóa đón khách.\nTin liên quan\n- Hội nghị Tỉnh ủy Thanh Hóa lần thứ 20.\n- Kỳ họp thứ 25 HĐND tỉnh khai mạc.';
    expect(extractText(article).result.events).toEqual([]);
  });

  it.each([
    ['an event named by its purpose, with a dashed date', 'Chiều 12-3, hội nghị công bố quyết định của Ban Bí thư đã được Tỉnh ủy tổ chức.', 'Hội nghị công bố quyết định của Ban Bí thư', '2025-03-12'],
    ['a spelled ordinal, a bracketed qualifier and "của"', 'Ngày 5/6, Kỳ họp thứ Mười hai (bất thường) của HĐND tỉnh Hà Nam khóa XIX đã diễn ra.', 'Kỳ họp (bất thường) thứ Mười hai Hội đồng nhân dân tỉnh Hà Nam', '2025-06-05'],
    ['"cuộc họp của" a standing board', 'Sáng 9/5, cuộc họp của Thường trực Tỉnh ủy Hà Nam diễn ra.', 'Cuộc họp Thường trực Tỉnh ủy Hà Nam', '2025-05-09'],
    ['a day run into its month', 'Ngày 085, Kỳ họp thứ 4 HĐND tỉnh Hà Nam diễn ra.', 'Kỳ họp thứ 4 Hội đồng nhân dân tỉnh Hà Nam', '2025-05-08'],
  ])('finds %s', (_case, text, name, iso) => {
    const [event] = extractText(text).result.events;
    expect(event?.name).toBe(name);
    const date = event?.date;
    expect(date?.precision === 'DAY' ? `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : null).toBe(iso);
  });

  it.each([
    ['"do X tổ chức" after the meeting', 'Ngày 3/12, Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ do Tỉnh ủy Thanh Hóa tổ chức có sự tham dự của nhiều đại biểu.'],
    ['"đã được X tổ chức" after the meeting', 'Sáng 22/9, hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ đã được Tỉnh ủy Thanh Hóa tổ chức.'],
    ['the body before a ceremony named by its act', 'Chiều 25/5, Tỉnh ủy Thanh Hóa tổ chức công bố và trao quyết định của Bộ Chính trị.'],
  ])('takes the organizer as the convening body: %s', (_case, text) => {
    expect(extractText(text).result.events.map((event) => event.convenedBy?.name)).toEqual(['Tỉnh ủy Thanh Hóa']);
  });

  it('takes no organizer from another sentence or a body that does not organize', () => {
    expect(extractText('Ngày 3/12, Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ diễn ra. Do Tỉnh ủy Thanh Hóa tổ chức.').result.events[0]?.convenedBy).toBeNull();
    expect(extractText('Ngày 3/12, Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ được Tỉnh ủy Thanh Hóa đánh giá cao.').result.events[0]?.convenedBy).toBeNull();
  });

  it('reads no date in a dashed range', () => {
    expect(extractText('Kỳ họp thứ 4 HĐND tỉnh Hà Nam giảm 10-12% chi phí.').result.events[0]?.date).toBeNull();
  });
});

describe('terms', () => {
  it('names a term written in digits as the Roman numeral the same term is usually written with', () => {
    const [digits] = extractText('Ngày 14/11, Kỳ họp chuyên đề thứ 5 HĐND tỉnh Hà Nam khóa 10 diễn ra.').result.events;
    const [roman] = extractText('Ngày 14/11, Kỳ họp chuyên đề thứ 5 HĐND tỉnh Hà Nam khóa X diễn ra.').result.events;
    expect(digits?.term?.name).toBe('X');
    expect(roman?.term?.name).toBe('X');
  });
});
