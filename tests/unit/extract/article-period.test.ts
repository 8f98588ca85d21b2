import { describe, expect, it } from 'vitest';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { articlePeriod } from '../../../src/extract/article-period.js';
import { readDoc } from '../../../src/extract/doc.js';
import { extractText } from './helpers.js';

const periodOf = (text: string) => articlePeriod(readDoc(normalizeVietnamese(text)));

describe('the period an undated article tells of', () => {
  it.each<[string, string, { from: string; to: string } | null]>([
    ['a stated term', 'HĐND tỉnh bầu ông A làm Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021.', { from: '2016-01-01', to: '2021-12-31' }],
    ['a term written with spaces and an en dash', 'Ông B giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 – 2025.', { from: '2020-01-01', to: '2025-12-31' }],
    [
      'two terms: the years they share',
      'Kỳ họp HĐND tỉnh khóa XIII, nhiệm kỳ 2016-2021 bầu ông C, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.',
      { from: '2020-01-01', to: '2021-12-31' },
    ],
    [
      'terms that share no year: all of them',
      'Ông D làm Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016. Bà E làm Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026.',
      { from: '2011-01-01', to: '2026-12-31' },
    ],
    ['the National Assembly of a numbered term', 'Ông F, đại biểu Quốc hội khóa XV, phát biểu.', { from: '2021-01-01', to: '2026-12-31' }],
    ['the Party Central Committee of a numbered term', 'Ông G, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, dự họp.', { from: '2016-01-01', to: '2021-12-31' }],
    ['a full date', 'Ngày 11-8-2020, Ban Thường vụ Thành ủy phân công ông H điều hành UBND.', { from: '2020-08-11', to: '2020-08-11' }],
    ['a month and a year', 'Từ tháng 6/2019, ông I làm Giám đốc Sở.', { from: '2019-06-01', to: '2019-06-30' }],
    ['a year', 'Năm 2019, ông K được bầu làm Chủ tịch UBND huyện.', { from: '2019-01-01', to: '2019-12-31' }],
    ['dates: from the first to the last', 'Tháng 3/2018 ông L làm Phó Chủ tịch; ngày 5/10/2020 ông được bầu làm Chủ tịch.', { from: '2018-03-01', to: '2020-10-05' }],
    [
      'a term narrowed by the latest date written',
      'Tháng 6/2023, ông M được bầu làm Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.',
      { from: '2023-06-01', to: '2026-12-31' },
    ],
    ['no term, no date', 'Ông N được bầu làm Chủ tịch UBND huyện.', null],
  ])('%s', (_rule, text, expected) => {
    expect(periodOf(text)).toEqual(expected);
  });

  it.each([
    ['a birth year', 'Ông P sinh năm 1970, quê Nghệ An, được bầu làm Chủ tịch UBND tỉnh.'],
    ['a birth date', 'Ông Q sinh ngày 12/3/1968 tại Hà Tĩnh.'],
    ['a birth year written SN', 'Ông R (SN 1970) làm Bí thư Huyện ủy.'],
    ['a birth year in brackets after a name', 'Ông Lê Văn S (1965) làm Chủ tịch UBND tỉnh.'],
    ['a target year', 'Phấn đấu đến năm 2030 trở thành tỉnh công nghiệp, tầm nhìn năm 2045.'],
    ['a term of a local council, whose years are not fixed', 'Kỳ họp HĐND tỉnh khóa XVI bầu ông T.'],
    ['the National Assembly with no term', 'Ông U là đại biểu Quốc hội.'],
  ])('tells nothing from %s', (_rule, text) => {
    expect(periodOf(text)).toBeNull();
  });

  it('leaves out a term of a post held before ("từng", "nguyên")', () => {
    const text = 'Ông V làm Bí thư Tỉnh ủy nhiệm kỳ 2020-2025. Ông từng là Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nhiệm kỳ 2019-2024.';
    expect(periodOf(text)).toEqual({ from: '2020-01-01', to: '2025-12-31' });
  });

  it('is kept in the context of an undated article only', () => {
    const text = 'HĐND tỉnh bầu ông Nguyễn Văn An làm Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021.';
    expect(extractText(text, null).result.context.period).toEqual({ from: '2016-01-01', to: '2021-12-31' });
    expect(extractText(text, '2019-05-02').result.context.period).toBeUndefined();
  });
});
