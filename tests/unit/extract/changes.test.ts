import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/domain/extraction.js';
import { exactDay } from '../../../src/domain/partial-date.js';
import { expectEvidenceInBody, extractText } from './helpers.js';

const CONTEXT = 'Tỉnh Thanh Hóa công bố quyết định. ';

function changesIn(sentence: string) {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return result.changes.map((change) => ({
    kind: change.kind,
    person: change.person,
    title: change.title?.asWritten ?? null,
    fromTitle: change.fromTitle?.asWritten ?? null,
    planned: change.planned,
    date: change.date?.text ?? null,
  }));
}

describe('changes of post', () => {
  it.each<[string, string, ChangeKind, string | null]>([
    ['được bầu', 'Ngày 10/7, ông Đầu Thanh Tùng được bầu giữ chức Chủ tịch UBND tỉnh.', 'ELECTED', 'Chủ tịch UBND tỉnh'],
    ['bầu <object>', 'HĐND tỉnh đã bầu ông Đầu Thanh Tùng, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh.', 'ELECTED', 'Chủ tịch UBND tỉnh'],
    ['tái bầu', 'Bà Lại Thế Nguyên được tái bầu giữ chức Chủ tịch HĐND tỉnh.', 'RE_ELECTED', 'Chủ tịch HĐND tỉnh'],
    ['bầu lại', 'Hội nghị bầu lại ông Lê Đức Giang làm Phó Chủ tịch UBND tỉnh.', 'RE_ELECTED', 'Phó Chủ tịch UBND tỉnh'],
    ['bổ nhiệm', 'Chủ tịch UBND tỉnh bổ nhiệm ông Trần Văn Hải giữ chức Giám đốc Công an tỉnh.', 'APPOINTED', 'Giám đốc Công an tỉnh'],
    ['miễn nhiệm', 'HĐND tỉnh miễn nhiệm bà Lê Thị Thìn, Phó Chủ tịch UBND tỉnh.', 'RELIEVED', 'Phó Chủ tịch UBND tỉnh'],
    ['thôi giữ chức', 'Ông Phạm Văn An thôi giữ chức Bí thư Huyện ủy Tĩnh Gia.', 'RELIEVED', 'Bí thư Huyện ủy Tĩnh Gia'],
    ['xin thôi', 'Ông Phạm Văn An xin thôi giữ chức Chủ tịch UBND huyện Tĩnh Gia.', 'RESIGNED', 'Chủ tịch UBND huyện Tĩnh Gia'],
    ['nghỉ hưu', 'Ông Nguyễn Văn Thi, Giám đốc Công an tỉnh, nghỉ hưu theo chế độ từ ngày 1/8.', 'RETIRED', 'Giám đốc Công an tỉnh'],
    ['cách chức', 'Ban Bí thư quyết định cách chức ông Hoàng Văn Kiên, Bí thư Huyện ủy Tĩnh Gia.', 'DISMISSED', 'Bí thư Huyện ủy Tĩnh Gia'],
  ])('%s', (_verb, sentence, kind, title) => {
    expect(changesIn(sentence)).toMatchObject([{ kind, title, planned: false }]);
  });

  it('reads "điều động, chỉ định" as a transfer, from the post held to the post taken up', () => {
    expect(changesIn('Bộ Chính trị điều động, chỉ định đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy Thanh Hóa, giữ chức Bí thư Tỉnh ủy Hà Tĩnh.')).toEqual([
      {
        kind: 'TRANSFERRED',
        person: 'Trịnh Tuấn Sinh',
        title: 'Bí thư Tỉnh ủy Hà Tĩnh',
        fromTitle: 'Phó Bí thư Tỉnh ủy Thanh Hóa',
        planned: false,
        date: null,
      },
    ]);
  });

  it.each([
    ['in brackets', 'Ông Lò Văn Hải - Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Trưởng ban Tổ chức Tỉnh ủy) được điều động, chỉ định giữ chức Bí thư Huyện ủy Mường Lát.'],
    ['after a comma', 'Ông Lò Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Trưởng ban Tổ chức Tỉnh ủy, được điều động, chỉ định giữ chức Bí thư Huyện ủy Mường Lát.'],
  ])('takes as the post left by a transfer the post just called former (%s), not a seat kept through the move', (_how, sentence) => {
    expect(changesIn(sentence)).toMatchObject([{ kind: 'TRANSFERRED', person: 'Lò Văn Hải', title: 'Bí thư Huyện ủy Mường Lát', fromTitle: 'Trưởng ban Tổ chức Tỉnh ủy' }]);
  });

  it('keeps a current post over one called former as the post a transfer leaves', () => {
    expect(
      changesIn('Ông Lò Văn Hải, nguyên Bí thư Huyện ủy Quan Hóa, Trưởng ban Tổ chức Tỉnh ủy, được điều động, chỉ định giữ chức Bí thư Huyện ủy Mường Lát.'),
    ).toMatchObject([{ kind: 'TRANSFERRED', fromTitle: 'Trưởng ban Tổ chức Tỉnh ủy' }]);
  });

  it.each([
    ['sẽ', 'Ông Lê Đức Giang sẽ được bầu giữ chức Chủ tịch HĐND tỉnh.'],
    ['dự kiến', 'Dự kiến, đồng chí Lê Đức Giang được bầu giữ chức Chủ tịch HĐND tỉnh.'],
    ['đề nghị', 'Ban Thường vụ đề nghị bổ nhiệm ông Lê Đức Giang giữ chức Giám đốc Công an tỉnh.'],
  ])('marks a change after "%s" as planned', (_word, sentence) => {
    expect(changesIn(sentence)).toMatchObject([{ person: 'Lê Đức Giang', planned: true }]);
  });

  it.each([
    ['"Dự kiến," before the subject', 'Dự kiến, HĐND tỉnh sẽ bầu bà Vi Thị Quyên giữ chức Phó Chủ tịch UBND tỉnh.'],
    ['"dự kiến sẽ" before the object', 'Kỳ họp dự kiến sẽ bầu bà Vi Thị Quyên làm Phó Chủ tịch UBND tỉnh.'],
    ['"đề nghị" before the object', 'Tỉnh ủy đề nghị HĐND tỉnh bầu bà Vi Thị Quyên giữ chức Phó Chủ tịch UBND tỉnh.'],
  ])('gives no title for a planned post (%s), only a planned change', (_plan, sentence) => {
    const { body, result } = extractText(CONTEXT + sentence);
    expectEvidenceInBody(body, result);
    expect(result.persons.map((person) => [person.name, person.titles.length])).toEqual([['Vi Thị Quyên', 0]]);
    expect(changesIn(sentence)).toEqual([
      { kind: 'ELECTED', person: 'Vi Thị Quyên', title: 'Phó Chủ tịch UBND tỉnh', fromTitle: null, planned: true, date: null },
    ]);
  });

  describe('a transfer leaves every post of the apposition, not only the one read as left', () => {
    const statuses = (text: string, name: string) =>
      extractText(CONTEXT + text).result.persons.find((person) => person.name === name)?.titles.map((title) => `${title.asWritten}: ${title.status}`);

    it('both posts of "Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội" are left; the seat and the new post are not', () => {
      expect(
        statuses(
          'Trước đó, Bộ Chính trị đã điều động, chỉ định ông Lê Quang Tùng, Ủy viên Trung ương Đảng, Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội, làm Bí thư Thành ủy Cần Thơ.',
          'Lê Quang Tùng',
        ),
      ).toEqual(['Ủy viên Trung ương Đảng: CURRENT', 'Tổng Thư ký: FORMER', 'Chủ nhiệm Văn phòng Quốc hội: CURRENT', 'Bí thư Thành ủy Cần Thơ: CURRENT']);
    });

    it('a planned transfer leaves nothing yet', () => {
      expect(
        statuses('Bộ Chính trị dự kiến điều động ông Lê Quang Tùng, Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội, làm Bí thư Thành ủy Cần Thơ.', 'Lê Quang Tùng'),
      ).toEqual(expect.arrayContaining(['Tổng Thư ký: CURRENT', 'Chủ nhiệm Văn phòng Quốc hội: CURRENT']));
    });

    it('an election in the same body keeps the other posts (not a move)', () => {
      expect(
        statuses('HĐND tỉnh bầu ông Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thanh Hóa, giữ chức Chủ tịch UBND tỉnh Thanh Hóa.', 'Nguyễn Văn Sơn'),
      ).toContain('Phó Bí thư Tỉnh ủy: CURRENT');
    });
  });

  it('dates a change by its sentence', () => {
    expect(changesIn('Ngày 10/7, ông Đầu Thanh Tùng được bầu giữ chức Chủ tịch UBND tỉnh.')).toMatchObject([{ date: 'Ngày 10/7' }]);
  });

  it('dates a change in a paragraph opening "cùng ngày" by the last day written before it', () => {
    const [change] = changesIn('Sáng 14/9, Đại hội bế mạc.\nChiều cùng ngày, ông Đầu Thanh Tùng được bầu giữ chức Bí thư Tỉnh ủy.');
    expect(change).toMatchObject({ kind: 'ELECTED', date: 'cùng ngày' });
    const { result } = extractText(CONTEXT + 'Sáng 14/9, Đại hội bế mạc.\nChiều cùng ngày, ông Đầu Thanh Tùng được bầu giữ chức Bí thư Tỉnh ủy.');
    expect(result.changes[0]?.date).toMatchObject({ precision: 'DAY', day: 14, month: 9 });
  });

  it('leaves "cùng ngày" undated when no day was written before it', () => {
    expect(changesIn('Chiều cùng ngày, ông Đầu Thanh Tùng được bầu giữ chức Bí thư Tỉnh ủy.')).toMatchObject([{ date: null }]);
  });

  it('dates a retirement by its effective day ("từ ngày"), not by the "Cùng ngày" the decision was announced on', () => {
    const { result } = extractText(
      'Sáng 15/3, Ban Thường vụ Tỉnh ủy Phú Yên tổ chức hội nghị công bố quyết định về công tác cán bộ.\n' +
        'Cùng ngày, UBND tỉnh Phú Yên công bố quyết định nghỉ hưu: ông Đỗ Văn Lực, Giám đốc Sở Xây dựng tỉnh Phú Yên, được nghỉ hưu theo chế độ từ ngày 1/4/2022.',
      '2022-03-15',
    );
    expect(result.changes.map((change) => [change.kind, change.person, change.title?.asWritten, change.date])).toEqual([
      ['RETIRED', 'Đỗ Văn Lực', 'Giám đốc Sở Xây dựng tỉnh Phú Yên', { precision: 'DAY', year: 2022, month: 4, day: 1, text: 'ngày 1/4/2022' }],
    ]);
  });

  describe('a change told "theo quyết định này": the day of the decision named just before', () => {
    const ceremony = 'Sáng 5/12, Tỉnh ủy Lạng Sơn tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.\n';
    it.each([
      ['Theo quyết định này', 'Ông Nguyễn Văn A, Trưởng Ban Tổ chức Trung ương, công bố Quyết định số 2568-QĐNS/TW ngày 28/11. Theo quyết định này, ông Hoàng Văn Nghiệm, Bí thư Tỉnh ủy Bắc Kạn, được điều động giữ chức Bí thư Tỉnh ủy Lạng Sơn.'],
      ['Theo đó', 'Hội nghị đã nghe công bố quyết định số 115-QĐ/TW ngày 30/11/2025 của Bộ Chính trị. Theo đó, ông Hoàng Văn Nghiệm, Bí thư Tỉnh ủy Bắc Kạn, được điều động giữ chức Bí thư Tỉnh ủy Lạng Sơn.'],
    ])('%s', (_, sentences) => {
      const { result } = extractText(ceremony + sentences, '2025-12-05');
      const [change] = result.changes;
      expect(change?.kind).toBe('TRANSFERRED');
      expect(change?.date && exactDay(change.date)).toBe(sentences.includes('28/11') ? '2025-11-28' : '2025-11-30');
    });

    it('not another day of the sentence before: the scene day stays', () => {
      const { result } = extractText(
        ceremony + 'Ban Thường vụ Tỉnh ủy đã họp ngày 3/12 để chuẩn bị quyết định. Theo đó, ông Hoàng Văn Nghiệm, Bí thư Tỉnh ủy Bắc Kạn, được điều động giữ chức Bí thư Tỉnh ủy Lạng Sơn.',
        '2025-12-05',
      );
      expect(result.changes[0]?.date && exactDay(result.changes[0].date)).toBe('2025-12-05');
    });
  });

  describe('an undated change in a later paragraph: the day of the scene it is told in', () => {
    const SESSION = 'Sáng 25/6, HĐND tỉnh Phú Yên khóa VIII, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ nhất để bầu các chức danh chủ chốt.\n';
    const RE_ELECTIONS =
      'Với 100% đại biểu có mặt tán thành, ông Huỳnh Văn Thiện tái đắc cử chức Chủ tịch UBND tỉnh Phú Yên nhiệm kỳ 2021-2026. ' +
      'Ông Trịnh Minh Tâm, Phó Chủ tịch UBND tỉnh Phú Yên, tái đắc cử chức Phó Chủ tịch UBND tỉnh Phú Yên nhiệm kỳ 2021-2026.';
    const datesOf = (text: string) =>
      extractText(text, '2021-06-25').result.changes.map((change) => [change.kind, change.person, change.date === null ? null : exactDay(change.date)]);

    it('carries "Sáng 25/6" to the re-elections of the next paragraph; "nhiệm kỳ 2021-2026" is no date', () => {
      expect(datesOf(SESSION + RE_ELECTIONS)).toEqual([
        ['RE_ELECTED', 'Huỳnh Văn Thiện', '2021-06-25'],
        ['RE_ELECTED', 'Trịnh Minh Tâm', '2021-06-25'],
      ]);
    });

    it('across an undated paragraph too', () => {
      expect(datesOf(SESSION + 'Dự kỳ họp có ông Lê Văn Bình, Phó Chủ tịch HĐND tỉnh Phú Yên.\n' + RE_ELECTIONS)).toMatchObject([
        ['RE_ELECTED', 'Huỳnh Văn Thiện', '2021-06-25'],
        ['RE_ELECTED', 'Trịnh Minh Tâm', '2021-06-25'],
      ]);
    });

    it.each([
      ['no scene is set', RE_ELECTIONS],
      ['the scene closes an event of several days', 'Chiều 25/6, Kỳ họp thứ nhất HĐND tỉnh Phú Yên khóa VIII đã bế mạc sau ba ngày làm việc.\n' + RE_ELECTIONS],
      ['a later paragraph moved the story to another day', SESSION + 'Trước đó, ngày 20/6, Ban Thường vụ Tỉnh ủy Phú Yên đã họp.\n' + RE_ELECTIONS],
    ])('leaves them undated when %s', (_case, text) => {
      expect(datesOf(text).map(([, , date]) => date)).toEqual([null, null]);
    });

    it('does not date a planned change by the scene', () => {
      expect(datesOf(SESSION + 'Dự kiến, ông Huỳnh Văn Thiện sẽ được bầu giữ chức Chủ tịch UBND tỉnh Phú Yên.')).toEqual([
        ['ELECTED', 'Huỳnh Văn Thiện', null],
      ]);
    });
  });

  it.each([
    ['an election without a person', 'Công tác bầu cử được chuẩn bị chu đáo.'],
    ['a tender', 'Ông Lê Văn Hùng, Giám đốc Công an tỉnh, chỉ định thầu gói thầu số 5.'],
    ['a holiday', 'Nhiều hoạt động diễn ra vào dịp nghỉ lễ 30/4.'],
  ])('finds no change in %s', (_case, sentence) => {
    expect(changesIn(sentence)).toEqual([]);
  });

  it.each<[string, string, [ChangeKind, string, string | null][]]>([
    ['a series of verbs is one change, the most specific', 'Ông Giáp Văn Hùng được phân công, điều động chỉ định giữ chức Bí thư Huyện ủy Nga Sơn.', [
      ['TRANSFERRED', 'Giáp Văn Hùng', 'Bí thư Huyện ủy Nga Sơn'],
    ]],
    ['one change per body of a chain', 'Bà Nông Thị Lan được bầu giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.', [
      ['ELECTED', 'Nông Thị Lan', 'Phó Bí thư Tỉnh ủy'],
      ['ELECTED', 'Nông Thị Lan', 'Chủ tịch HĐND tỉnh'],
    ]],
    ['each person of a group', 'HĐND tỉnh bầu bà Hứa Thị Yến và ông Thân Văn Bảo giữ chức Phó Chủ tịch UBND tỉnh.', [
      ['ELECTED', 'Hứa Thị Yến', 'Phó Chủ tịch UBND tỉnh'],
      ['ELECTED', 'Thân Văn Bảo', 'Phó Chủ tịch UBND tỉnh'],
    ]],
    ['"<title> đối với ông A" for each person', 'HĐND tỉnh miễn nhiệm chức danh Chủ tịch HĐND tỉnh đối với ông Đàm Văn Kỳ; Chủ tịch UBND tỉnh đối với ông Doãn Văn Hưng.', [
      ['RELIEVED', 'Đàm Văn Kỳ', 'Chủ tịch HĐND tỉnh'],
      ['RELIEVED', 'Doãn Văn Hưng', 'Chủ tịch UBND tỉnh'],
    ]],
    ['a relief with its reason is the reason', 'HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Tăng Văn Tú do ông nghỉ hưu.', [
      ['RETIRED', 'Tăng Văn Tú', 'Chủ tịch UBND tỉnh'],
    ]],
    ['the same role in another province is a transfer', 'Ông Khúc Văn Vinh, Bí thư Tỉnh ủy Hà Nam, được chỉ định giữ chức Bí thư Tỉnh ủy Thanh Hóa.', [
      ['TRANSFERRED', 'Khúc Văn Vinh', 'Bí thư Tỉnh ủy Thanh Hóa'],
    ]],
    ['"chuẩn y" confirms an election told in the article', 'Ban Bí thư chuẩn y ông Lò Văn Mến giữ chức Phó Bí thư Tỉnh ủy. Trước đó, hội nghị đã bầu ông Lò Văn Mến làm Phó Bí thư Tỉnh ủy.', [
      ['ELECTED', 'Lò Văn Mến', 'Phó Bí thư Tỉnh ủy'],
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(changesIn(sentence).map((change) => [change.kind, change.person, change.title])).toEqual(expected);
  });

  it.each([
    ['a post filled by a council, described', 'Trong số người giữ chức vụ do HĐND tỉnh bầu, ông Ninh Văn Quý đạt số phiếu cao.'],
    ['"bầu thay ông A": A is replaced, not elected', 'Người được dự kiến bầu thay ông Ninh Văn Quý chưa được công bố.'],
  ])('finds no change in %s', (_case, sentence) => {
    expect(changesIn(sentence)).toEqual([]);
  });

  it('drops a plan the article reports carried out', () => {
    expect(changesIn('Người được giới thiệu để bầu là ông Quách Văn Tín. Kết quả, ông Quách Văn Tín được bầu giữ chức Chủ tịch UBND tỉnh.')).toMatchObject([
      { kind: 'ELECTED', person: 'Quách Văn Tín', planned: false },
    ]);
  });

  it('reads "phê chuẩn đề nghị của …" as an approved, not a planned, change', () => {
    expect(changesIn('Quốc hội phê chuẩn đề nghị của Thủ tướng, bổ nhiệm ông Tiêu Văn Đức giữ chức Bộ trưởng Bộ Nội vụ.')).toMatchObject([
      { kind: 'APPOINTED', planned: false },
    ]);
  });
});
