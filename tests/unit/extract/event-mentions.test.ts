import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.js';
import { exactDay } from '../../../src/domain/partial-date.js';
import { extractText } from './helpers.js';

/** "name @ date" for each event, in order: compact, exact assertions. */
function eventsIn(text: string, date: string | null = '2025-06-20'): string[] {
  return describe_(extractText(text, date).result);
}

function describe_(result: Extraction): string[] {
  return result.events.map((event) => `${event.name} @ ${event.date === null ? 'undated' : (exactDay(event.date) ?? event.date.text)}`);
}

describe('events named in other ways than "Hội nghị … lần thứ N"', () => {
  it.each([
    [
      'a monthly meeting of a People\'s Committee, its month in the name',
      'Ngày 28/5, đồng chí Lê Văn Hùng, Chủ tịch UBND tỉnh, chủ trì phiên họp thường kỳ tháng 5/2025 của UBND tỉnh Thanh Hóa.',
      ['Phiên họp thường kỳ tháng 5/2025 Ủy ban nhân dân tỉnh Thanh Hóa @ 2025-05-28'],
    ],
    [
      'a working day, a plenary sitting and a closed sitting of the National Assembly: three events',
      'Thứ Hai, ngày 16/6/2025 là ngày làm việc thứ tư của Quốc hội. Buổi sáng là phiên toàn thể tại hội trường. Tiếp theo là phiên Quốc hội họp riêng.',
      ['Ngày làm việc Quốc hội lần thứ tư @ 2025-06-16', 'Phiên toàn thể @ 2025-06-16', 'Phiên họp riêng Quốc hội @ 2025-06-16'],
    ],
    [
      'a session named twice in apposition, once',
      'Ngày 12-6, kỳ họp thứ 31, kỳ họp chuyên đề HĐND tỉnh Thanh Hóa khóa XVIII xem xét công tác nhân sự.',
      ['Kỳ họp chuyên đề thứ 31 Hội đồng nhân dân tỉnh Thanh Hóa @ 2025-06-12'],
    ],
    [
      'a session with its other name in brackets, once',
      'Sáng 14/6, kỳ họp thứ 9 (kỳ họp chuyên đề) của HĐND tỉnh Nghệ An đã bầu bổ sung chức danh.',
      ['Kỳ họp chuyên đề thứ 9 Hội đồng nhân dân tỉnh Nghệ An @ 2025-06-14'],
    ],
    [
      'a session described before its body',
      'Sáng 3/6, Kỳ họp giải quyết công việc phát sinh của HĐND tỉnh Nghệ An khóa XVIII đã diễn ra.',
      ['Kỳ họp giải quyết công việc phát sinh Hội đồng nhân dân tỉnh Nghệ An @ 2025-06-03'],
    ],
    [
      'a ceremony named by its act',
      'Ngày 9/6/2025, việc trao quyết định giao quyền Chủ tịch UBND tỉnh cho ông Đỗ Minh Tuấn đã được thực hiện.',
      ['Trao quyết định @ 2025-06-09'],
    ],
    [
      'a ceremony of "lễ trao quyết định"',
      'Ngày 19/6, Ban Thường vụ Tỉnh ủy tổ chức Lễ trao quyết định phân công cán bộ.',
      ['Lễ trao quyết định @ 2025-06-19'],
    ],
    [
      'a council meeting with the council as subject',
      'Chiều 2/6, HĐND tỉnh Nghệ An khóa XVIII họp bất thường. Kỳ họp bất thường của HĐND tỉnh Nghệ An đã bầu Chủ tịch UBND tỉnh.',
      ['Kỳ họp bất thường Hội đồng nhân dân tỉnh Nghệ An @ 2025-06-02'],
    ],
    [
      'a first plenum after the congress, apart from it',
      'Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX đã bầu Ban Chấp hành. Ngay tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ.',
      ['Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX @ undated', 'Hội nghị lần thứ nhất @ undated'],
    ],
    ['a day written with a dot', 'Ngày 17.6, Ủy ban Kiểm tra Trung ương tiến hành kỳ họp thứ 55.', ['Kỳ họp thứ 55 Ủy ban Kiểm tra Trung ương @ 2025-06-17']],
    ['a congress named only as "Đại hội" where the report stands', 'Tại Đại hội, Ban Chấp hành khóa mới đã bầu ông Lê Văn Hùng làm Bí thư.', ['Đại hội @ undated']],
  ])('%s', (_case, text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });

  it.each([
    [
      'a congress dated by the first year of its term when the article has no date',
      'Sáng 22-8, Đảng bộ phường Tân Định tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.',
      ['Đại hội đại biểu Đảng bộ phường Tân Định lần thứ I @ 2025-08-22'],
    ],
    [
      'a first session dated by the first year of its term',
      'Sáng 23-6, tại kỳ họp thứ nhất, HĐND tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đã bầu Chủ tịch UBND tỉnh.',
      ['Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Nghệ An @ 2021-06-23'],
    ],
    ['a later session not: its year is not certain', 'Sáng 23-6, kỳ họp thứ 9, HĐND tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2021 - 2026 đã bầu Chủ tịch UBND tỉnh.', ['Kỳ họp thứ 9 Hội đồng nhân dân tỉnh Nghệ An @ undated']],
  ])('%s (article date unknown)', (_case, text, expected) => {
    expect(eventsIn(text, null)).toEqual(expected);
  });

  it('reads a session in "chương trình kỳ họp" (a programme, not a submission)', () => {
    expect(eventsIn('Chiều 7/6, trong chương trình kỳ họp thường lệ thứ 18, HĐND tỉnh Trà Vinh khóa IX đã bầu bổ sung hai Phó Chủ tịch.')).toEqual([
      'Kỳ họp thường lệ thứ 18 Hội đồng nhân dân tỉnh Trà Vinh @ 2025-06-07',
    ]);
  });

  it('dates a ceremony by the day of its scene, and "cùng ngày" by the story\'s day, not a decision\'s start', () => {
    const text = [
      'Ngày 16/6, đại tá Lê Văn Hùng được bổ nhiệm làm Giám đốc Công an tỉnh.',
      'Bộ Công an công bố quyết định điều động, bổ nhiệm. Thứ trưởng Đỗ Minh Tuấn chủ trì buổi lễ.',
      'Đại tá Lê Văn Hùng nhận nhiệm vụ từ ngày 17/6.',
      'Sáng cùng ngày, lãnh đạo Bộ Công an trao quyết định bổ nhiệm đại tá Phạm Văn Nam làm Giám đốc Công an thành phố.',
    ].join('\n');
    expect(eventsIn(text)).toEqual(['Buổi lễ công bố quyết định @ 2025-06-16', 'Trao quyết định @ 2025-06-16']);
  });

  it.each([
    ['a session planned ("dự kiến")', 'Việc bầu dự kiến tiến hành tại kỳ họp chuyên đề cuối tháng 7.'],
    ['a session ahead ("sắp tới")', 'Ông Lê Văn Hùng sẽ được giới thiệu tại kỳ họp HĐND tỉnh Nghệ An sắp tới.'],
    ['a meeting "before" a session', 'Đoàn ĐBQH tỉnh tiếp xúc cử tri trước kỳ họp cuối năm của Quốc hội.'],
    ['"kỳ họp này" with no session named before', 'Cũng tại kỳ họp này, ông Lê Văn Hùng được bầu.'],
    ['a press conference', 'Ban Tổ chức Tỉnh ủy họp báo về công tác cán bộ.'],
    ['the day a decision was announced', 'Thời gian thi hành kỷ luật được tính từ ngày công bố quyết định số 15-QĐ/TU của Tỉnh ủy.'],
  ])('finds no event in %s', (_case, text) => {
    expect(eventsIn(text)).toEqual([]);
  });

  it('gives a head alone and "kỳ họp này" to the event named before, not an event of their own', () => {
    const text = 'Sáng 3/6, HĐND tỉnh Nghệ An tổ chức Kỳ họp thứ 20. Tại kỳ họp, HĐND tỉnh bầu Chủ tịch UBND tỉnh. Cũng tại kỳ họp này, HĐND tỉnh bầu hai Phó Chủ tịch.';
    expect(eventsIn(text)).toEqual(['Kỳ họp thứ 20 Hội đồng nhân dân tỉnh Nghệ An @ 2025-06-03']);
  });

  it('reads "Đại hội được nghe công bố quyết định" as the congress hearing an announcement, not another event', () => {
    const text = 'Sáng 30/6, Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX khai mạc. Đại hội được nghe công bố quyết định của Bộ Chính trị về nhân sự.';
    expect(eventsIn(text)).toEqual(['Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX @ 2025-06-30']);
  });

  it('gives an act to the event named in its sentence, or to the article\'s event', () => {
    const text = [
      'Công bố quyết định về công tác cán bộ',
      'Ngày 5/6, Tỉnh ủy Nghệ An tổ chức hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy. Ông Lê Văn Hùng, Bí thư Tỉnh ủy trao quyết định cho ông Đỗ Minh Tuấn.',
    ].join('\n');
    expect(eventsIn(text)).toEqual(['Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy @ 2025-06-05']);
  });

  it('keeps an act with a day of its own as an event of its own', () => {
    const text = 'Chiều 17/6, tại Kỳ họp thứ 30, HĐND tỉnh Nghệ An bầu Chủ tịch UBND tỉnh.\nSáng cùng ngày 17/6, Ban Bí thư đã công bố quyết định điều động ông Lê Văn Hùng.';
    expect(eventsIn(text)).toEqual(['Kỳ họp thứ 30 Hội đồng nhân dân tỉnh Nghệ An @ 2025-06-17', 'Công bố quyết định @ 2025-06-17']);
  });

  it('keeps a conference named before an earlier one apart from the one the article reports', () => {
    const text = [
      'Ông Lê Văn Hùng, Trưởng Ban Tổ chức Trung ương đã dự và chỉ đạo Hội nghị.',
      'Trước đó, ông Đỗ Minh Tuấn được bầu làm Bí thư Tỉnh ủy tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An ngày 11/6.',
    ].join('\n');
    expect(eventsIn(text)).toEqual(['Hội nghị @ undated', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An @ 2025-06-11']);
  });
});
