import { describe, expect, it } from 'vitest';
import { formatDetails, formatEvalReport, formatFileTable, formatScoreTable } from '../../../src/eval/format-scores.js';
import { eventKey, rates, scoreCorpus, scoreFile, type ComparableRecord } from '../../../src/eval/score.js';

const gold: ComparableRecord = {
  file: 'a.txt',
  mentions: [
    {
      person: 'Vũ Đại Thắng',
      titles: ['Ủy viên TW Đảng', 'Bí thư Tỉnh ủy'],
      resolved: [
        { role: 'Ủy viên', org: 'Ban Chấp hành Trung ương Đảng' },
        { role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh' },
      ],
    },
    { person: 'Nguyễn Thị Hạnh', titles: ['Phó Chủ tịch TT UBND tỉnh'], resolved: [{ role: 'Phó Chủ tịch Thường trực', org: 'Ủy ban nhân dân tỉnh Quảng Ninh' }] },
    { person: 'Lê Văn Nam', titles: [], resolved: [{ role: 'Phó Bí thư', org: null }] },
  ],
  events: [
    { name: 'Hội nghị BCH Đảng bộ tỉnh lần thứ 25', date: '2025-04-03', chaired_by: ['Vũ Đại Thắng'], attended_by: ['Nguyễn Thị Hạnh', 'Lê Văn Nam'] },
    { name: 'kỳ họp thứ 6', date: null, chaired_by: [], attended_by: ['Nguyễn Thị Hạnh'] },
    { name: 'cuộc họp của Thường trực Tỉnh ủy', date: null, chaired_by: ['Lê Văn Nam'], attended_by: [] },
  ],
  changes: [
    { person: 'Vũ Đại Thắng', kind: 're-elected', role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh' },
    { person: 'Lê Văn Nam', kind: 'relieved' },
    { person: 'Lê Văn Nam', kind: 'relieved' },
  ],
};

const predicted: ComparableRecord = {
  file: 'a.txt',
  mentions: [
    // Other Unicode forms, tone placement, case and abbreviations still match.
    {
      person: 'Vũ Đại Thắng'.normalize('NFD'),
      titles: ['Ủy viên Trung ương Đảng', 'bí thư tỉnh uỷ'],
      resolved: [
        { role: 'Ủy viên', org: 'BCH TW Đảng' },
        { role: 'Bí thư', org: null },
      ],
    },
    { person: 'Nguyễn Thị Hạnh', titles: ['Phó Chủ tịch UBND tỉnh'], resolved: [{ role: 'Phó Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh' }] },
    { person: 'Trần Quốc Huy', titles: ['Giám đốc Sở Tài chính'], resolved: [] },
  ],
  events: [
    // Lê Văn Nam is said to chair, not to take part; Nguyễn Thị Hạnh is found twice.
    {
      name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh lần thứ 25',
      date: '2025-04-03',
      chaired_by: ['Vũ Đại Thắng', 'Lê Văn Nam'],
      attended_by: ['Nguyễn Thị Hạnh', 'Nguyễn Thị Hạnh'],
    },
    { name: 'Kỳ họp thứ 6 Hội đồng nhân dân thành phố Hạ Long', date: null, chaired_by: [], attended_by: ['Nguyễn Thị Hạnh'.normalize('NFD')] },
    { name: 'Hội nghị Ban Thường vụ', date: '2025-04-04', chaired_by: [], attended_by: ['Vũ Đại Thắng'] },
  ],
  changes: [
    { person: 'Vũ Đại Thắng', kind: 're-elected', role: 'Bí thư', org: null },
    { person: 'Vũ Đại Thắng', kind: 're-elected' },
    { person: 'Lê Văn Nam', kind: 'relieved' },
  ],
};

describe('scoreFile', () => {
  const score = scoreFile(gold, predicted);

  it('counts persons by normalised name', () => {
    expect(score.categories.persons).toEqual({
      tp: 2,
      fp: 1,
      fn: 1,
      ...rates({ tp: 2, fp: 1, fn: 1 }),
      misses: ['Lê Văn Nam'],
      falseHits: ['Trần Quốc Huy'],
    });
  });

  it('counts (person, title as written) pairs after expanding abbreviations', () => {
    expect(score.categories['person-titles']).toEqual({
      tp: 2,
      fp: 2,
      fn: 1,
      ...rates({ tp: 2, fp: 2, fn: 1 }),
      misses: ['Nguyễn Thị Hạnh | Phó Chủ tịch TT UBND tỉnh'],
      falseHits: ['Nguyễn Thị Hạnh | Phó Chủ tịch UBND tỉnh', 'Trần Quốc Huy | Giám đốc Sở Tài chính'],
    });
  });

  it('counts (person, role, body) triples; an unknown body matches only an unknown body', () => {
    expect(score.categories['person-roles']).toEqual({
      tp: 1,
      fp: 2,
      fn: 3,
      ...rates({ tp: 1, fp: 2, fn: 3 }),
      misses: [
        'Vũ Đại Thắng | Bí thư | Tỉnh ủy Quảng Ninh',
        'Nguyễn Thị Hạnh | Phó Chủ tịch Thường trực | Ủy ban nhân dân tỉnh Quảng Ninh',
        'Lê Văn Nam | Phó Bí thư | (body unknown)',
      ],
      falseHits: ['Vũ Đại Thắng | Bí thư | (body unknown)', 'Nguyễn Thị Hạnh | Phó Chủ tịch | Ủy ban nhân dân tỉnh Quảng Ninh'],
    });
  });

  it('matches events by date, and undated ones by the first two words of their names', () => {
    expect(score.categories.events).toEqual({
      tp: 2,
      fp: 1,
      fn: 1,
      ...rates({ tp: 2, fp: 1, fn: 1 }),
      misses: ['undated | cuộc họp của Thường trực Tỉnh ủy'],
      falseHits: ['2025-04-04 | Hội nghị Ban Thường vụ'],
    });
  });

  it('matches participants by (event key, person, chaired or took part), as multisets', () => {
    expect(score.categories.participants).toEqual({
      tp: 3,
      fp: 3,
      fn: 2,
      ...rates({ tp: 3, fp: 3, fn: 2 }),
      misses: ['2025-04-03 | Hội nghị BCH Đảng bộ tỉnh lần thứ 25 | took part | Lê Văn Nam', 'undated | cuộc họp của Thường trực Tỉnh ủy | chaired | Lê Văn Nam'],
      falseHits: [
        '2025-04-03 | Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh lần thứ 25 | chaired | Lê Văn Nam',
        '2025-04-03 | Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh lần thứ 25 | took part | Nguyễn Thị Hạnh',
        '2025-04-04 | Hội nghị Ban Thường vụ | took part | Vũ Đại Thắng',
      ],
    });
  });

  it('gives each category of a file its own precision, recall and F1', () => {
    expect(score.categories.events).toMatchObject({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
  });

  it('matches changes by (person, kind) as multisets: a repeat beyond the gold is a false hit, a missing repeat a miss', () => {
    expect(score.categories.changes).toEqual({
      tp: 2,
      fp: 1,
      fn: 1,
      ...rates({ tp: 2, fp: 1, fn: 1 }),
      misses: ['Lê Văn Nam | relieved'],
      falseHits: ['Vũ Đại Thắng | re-elected'],
    });
  });
});

describe('eventKey', () => {
  it.each([
    { event: { name: 'Hội nghị lần thứ 5', date: '2016-05-06' }, key: '2016-05-06' },
    { event: { name: 'Kỳ họp thứ 6 HĐND TP', date: null }, key: 'undated ky hop' },
    { event: { name: 'Đại hội', date: null }, key: 'undated dai hoi' },
  ])('$key', ({ event, key }) => {
    expect(eventKey(event)).toBe(key);
  });
});

describe('rates', () => {
  it.each([
    { tally: { tp: 3, fp: 1, fn: 2 }, expected: { precision: 0.75, recall: 0.6, f1: 2 / 3 } },
    { tally: { tp: 0, fp: 0, fn: 2 }, expected: { precision: null, recall: 0, f1: 0 } },
    { tally: { tp: 0, fp: 2, fn: 0 }, expected: { precision: 0, recall: null, f1: 0 } },
    { tally: { tp: 0, fp: 0, fn: 0 }, expected: { precision: null, recall: null, f1: null } },
  ])('$tally', ({ tally, expected }) => {
    expect(rates(tally)).toEqual(expected);
  });
});

describe('scoreCorpus', () => {
  it('sums the counts over files before computing the rates (micro-average)', () => {
    const perfect: ComparableRecord = { file: 'b.txt', mentions: [{ person: 'Lê Văn Nam', titles: [], resolved: [] }], events: [], changes: [] };
    const { files, totals } = scoreCorpus([
      { gold, predicted },
      { gold: perfect, predicted: perfect },
    ]);
    expect(files.map((file) => file.file)).toEqual(['a.txt', 'b.txt']);
    expect(totals[0]).toEqual({ category: 'persons', tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(totals.map((total) => total.category)).toEqual(['persons', 'person-titles', 'person-roles', 'events', 'participants', 'changes']);
  });
});

describe('the eval report', () => {
  it('prints a table with right-aligned counts and two decimals, "-" for an undefined rate', () => {
    expect(
      formatScoreTable([
        { category: 'persons', tp: 40, fp: 0, fn: 11, precision: 1, recall: 40 / 51, f1: 80 / 91 },
        { category: 'events', tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 },
      ]),
    ).toBe(
      'category  TP  FP  FN  precision  recall    F1\n' +
        'persons   40   0  11       1.00    0.78  0.88\n' +
        'events     0   0   3          -    0.00  0.00\n',
    );
  });

  it('lists misses and false hits by file, leaving out files with neither', () => {
    const perfect = { file: 'b.txt', mentions: [], events: [], changes: [] };
    const { files } = scoreCorpus([
      { gold: perfect, predicted: perfect },
      { gold: { ...perfect, file: 'c.txt', changes: [{ person: 'Lê Văn Nam', kind: 'retired' }] }, predicted: { ...perfect, file: 'c.txt' } },
    ]);
    expect(formatDetails(files)).toBe('c.txt\n  changes: miss Lê Văn Nam | retired\n');
  });
});

describe('the per-file table (--by-file)', () => {
  const empty: ComparableRecord = { file: 'b.txt', mentions: [], events: [], changes: [] };
  const score = scoreCorpus([
    { gold, predicted },
    { gold: empty, predicted: empty },
  ]);

  it('gives each file a row of TP/FP/FN per category, "-" where the file has nothing on either side', () => {
    expect(formatFileTable(score.files)).toBe(
      'file   persons  person-titles  person-roles  events  participants  changes\n' +
        'a.txt    2/1/1          2/2/1         1/2/3   2/1/1         3/3/2    2/1/1\n' +
        'b.txt        -              -             -       -             -        -\n',
    );
  });

  it('is printed before the totals only when asked for', () => {
    const withTable = formatEvalReport(score, { verbose: false, byFile: true });
    expect(withTable).toMatch(/^TP\/FP\/FN per file:\nfile +persons/);
    expect(withTable).toContain('Scored 2 files');
    expect(formatEvalReport(score, { verbose: false, byFile: false })).toMatch(/^Scored 2 files/);
  });
});
