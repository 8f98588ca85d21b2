import { describe, expect, it } from 'vitest';
import type { Term, TitleMention } from '../../../src/domain/extraction.js';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; the article's province is Hà Tĩnh.
const CONTEXT = 'Hội nghị diễn ra tại tỉnh Hà Tĩnh. ';

function titlesIn(sentence: string): TitleMention[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return result.persons.flatMap((person) => person.titles);
}

const term = (name: string | null, startYear: number | null = null, endYear: number | null = null): Term => ({ name, startYear, endYear });

describe('the term written after a title', () => {
  it.each([
    ['"khóa" alone', 'Cùng đi có đồng chí Phan Thị Lan Anh, Ủy viên BTV Tỉnh ủy Hà Tĩnh khóa XVIII.', 'Ủy viên BTV Tỉnh ủy Hà Tĩnh', term('XVIII')],
    ['"khóa" and "nhiệm kỳ"', 'Ông Ngô Xuân Trường, Bí thư Tỉnh ủy Hà Tĩnh khóa XIX, nhiệm kỳ 2020-2025, phát biểu.', 'Bí thư Tỉnh ủy Hà Tĩnh', term('XIX', 2020, 2025)],
    ['"nhiệm kỳ" alone', 'Ông Hoàng Minh Đức, Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026, chủ trì.', 'Chủ tịch HĐND tỉnh', term(null, 2021, 2026)],
    ['a body named by default ("ĐBQH")', 'Ông Lê Đình Hiếu, ĐBQH khóa XV, dự họp.', 'ĐBQH', term('XV')],
    ['the last of several terms listed', 'Hiện bà Đinh Thị Hạnh là Ủy viên Trung ương Đảng khóa XII, XIII; Giám đốc Sở Tư pháp.', 'Ủy viên Trung ương Đảng', term('XIII')],
  ])('is read for %s, outside the title as written and its evidence', (_case, sentence, asWritten, expected) => {
    const [title] = titlesIn(sentence);
    expect(title?.asWritten).toBe(asWritten);
    expect(title?.evidence.quote).toBe(asWritten);
    expect(title?.term).toEqual(expected);
  });

  it('is null for a title without one', () => {
    expect(titlesIn('Ông Đặng Quang Thái, Bí thư Tỉnh ủy Hà Tĩnh, chủ trì hội nghị.').map((title) => title.term)).toEqual([null]);
  });

  it('does not end a chain of titles: the next title is the same person\'s', () => {
    const { result } = extractText(CONTEXT + 'Cùng đi có đồng chí Phan Thị Lan Anh, Ủy viên BTV Tỉnh ủy Hà Tĩnh khóa XVIII, Phó Chủ tịch UBND tỉnh.');
    expect(describePersons(result)).toEqual(['Phan Thị Lan Anh: STANDING_COMMITTEE_MEMBER@Tỉnh ủy Hà Tĩnh; VICE_CHAIR@Ủy ban nhân dân tỉnh Hà Tĩnh']);
    expect(result.persons[0]?.titles.map((title) => title.term?.name ?? null)).toEqual(['XVIII', null]);
    expect(result.persons[0]?.evidence.quote).toBe('Phan Thị Lan Anh, Ủy viên BTV Tỉnh ủy Hà Tĩnh khóa XVIII, Phó Chủ tịch UBND tỉnh');
  });

  it('is not read as part of the name after the title', () => {
    const { result } = extractText(CONTEXT + 'Bí thư Tỉnh ủy khóa XIX Ngô Xuân Trường phát biểu.');
    expect(describePersons(result)).toEqual(['Ngô Xuân Trường: SECRETARY@Tỉnh ủy Hà Tĩnh']);
    expect(result.persons[0]?.titles[0]?.term).toEqual(term('XIX'));
  });

  it('is carried by the title of a change', () => {
    const { result } = extractText(CONTEXT + 'Đồng chí Ngô Xuân Trường được bầu giữ chức Bí thư Tỉnh ủy Hà Tĩnh khóa XIX, nhiệm kỳ 2020-2025.');
    expect(result.changes.map((change) => [change.kind, change.title?.asWritten, change.title?.term])).toEqual([
      ['ELECTED', 'Bí thư Tỉnh ủy Hà Tĩnh', term('XIX', 2020, 2025)],
    ]);
  });

  it('stays the event\'s when the body convenes an event, not a title', () => {
    const { result } = extractText(CONTEXT + 'Sáng 20/6, Hội nghị lần thứ 35 Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XVIII, nhiệm kỳ 2015-2020 khai mạc.');
    expect(result.persons).toEqual([]);
    expect(result.events.map((event) => event.term)).toEqual([term('XVIII', 2015, 2020)]);
  });
});
