import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/domain/extraction.js';
import { expectEvidenceInBody, extractText } from './helpers.js';

const CONTEXT = 'Tỉnh Lai Châu tổ chức hội nghị. ';

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function changesIn(sentence: string): [ChangeKind, string, string | null][] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return result.changes.map((change) => [change.kind, change.person, change.title?.asWritten ?? null]);
}

describe('changes told of several people at once', () => {
  it.each<[string, string, [ChangeKind, string, string | null][]]>([
    ['a counted post, then the list after a colon', 'Hội nghị đã bầu ba người giữ chức Phó Bí thư Tỉnh ủy: bà Lò Thị Hoa, Chủ tịch HĐND tỉnh; ông Hà Văn Sơn và ông Lương Bá Tuấn.', [
      ['ELECTED', 'Lò Thị Hoa', 'Phó Bí thư Tỉnh ủy'],
      ['ELECTED', 'Hà Văn Sơn', 'Phó Bí thư Tỉnh ủy'],
      ['ELECTED', 'Lương Bá Tuấn', 'Phó Bí thư Tỉnh ủy'],
    ]],
    ['a counted title before the verb, the list after "là"', 'Hai tân Phó Chủ tịch UBND tỉnh trúng cử tại kỳ họp là ông Lò Văn Pản và ông Tống Thanh Hải.', [
      ['ELECTED', 'Lò Văn Pản', 'Phó Chủ tịch UBND tỉnh'],
      ['ELECTED', 'Tống Thanh Hải', 'Phó Chủ tịch UBND tỉnh'],
    ]],
    ['a list of objects with their own titles sharing the post after them', 'HĐND tỉnh bầu ông Hà Trọng Hải - Giám đốc Sở Tài chính, ông Lý Văn Pao - Giám đốc Sở Xây dựng và ông Đinh Văn Minh giữ chức Phó Chủ tịch UBND tỉnh.', [
      ['ELECTED', 'Hà Trọng Hải', 'Phó Chủ tịch UBND tỉnh'],
      ['ELECTED', 'Lý Văn Pao', 'Phó Chủ tịch UBND tỉnh'],
      ['ELECTED', 'Đinh Văn Minh', 'Phó Chủ tịch UBND tỉnh'],
    ]],
    ['a subject of two people', 'Trung ương đồng ý cho ông Giàng A Tính và ông Lò Văn Mừng nghỉ hưu trước tuổi.', [
      ['RETIRED', 'Giàng A Tính', null],
      ['RETIRED', 'Lò Văn Mừng', null],
    ]],
    ['posts given "lần lượt" in order', 'Hội nghị bầu các ông Hà Văn Sơn, Lương Bá Tuấn lần lượt giữ chức Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh.', [
      ['ELECTED', 'Hà Văn Sơn', 'Chủ tịch UBND tỉnh'],
      ['ELECTED', 'Lương Bá Tuấn', 'Phó Chủ tịch UBND tỉnh'],
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(sorted(changesIn(sentence))).toEqual(sorted(expected));
  });

  it.each<[string, string, [ChangeKind, string, string | null][]]>([
    ['who hands the decision over', 'Ông Lò Văn Mừng, Bí thư Tỉnh ủy, trao quyết định bổ nhiệm cho các ông Hà Văn Sơn, Lương Bá Tuấn.', [
      ['APPOINTED', 'Hà Văn Sơn', null],
      ['APPOINTED', 'Lương Bá Tuấn', null],
    ]],
    ['who signs it', 'Bộ trưởng Lê Văn Thanh đã ký quyết định bổ nhiệm ông Lương Bá Tuấn giữ chức Giám đốc Sở Y tế.', [
      ['APPOINTED', 'Lương Bá Tuấn', 'Giám đốc Sở Y tế'],
    ]],
    ['the one replaced', 'Các đại biểu bầu thêm một Phó Chủ tịch UBND tỉnh thay ông Lý Văn Pao: ông Đinh Văn Minh được bầu giữ chức Phó Chủ tịch UBND tỉnh.', [
      ['ELECTED', 'Đinh Văn Minh', 'Phó Chủ tịch UBND tỉnh'],
    ]],
  ])('does not change the post of %s', (_case, sentence, expected) => {
    expect(changesIn(sentence)).toEqual(expected);
  });

  it('ends a "Sau khi …" clause at its comma: the list after it is no election', () => {
    expect(changesIn('Sau khi bầu thêm hai Phó Chủ tịch, UBND tỉnh đã có năm Phó Chủ tịch, gồm các ông Hà Văn Sơn, Lương Bá Tuấn, Đinh Văn Minh, Lý Văn Pao và bà Lò Thị Hoa.')).toEqual([]);
  });
});

describe('words that make or unmake a change', () => {
  it.each<[string, string, [ChangeKind, string, string | null][]]>([
    ['"xin từ chức" is a resignation', 'Ông Hà Văn Sơn có đơn xin từ chức Chủ tịch UBND tỉnh.', [['RESIGNED', 'Hà Văn Sơn', 'Chủ tịch UBND tỉnh']]],
    ['"nghỉ chế độ" is a retirement', 'Ông Lương Bá Tuấn, Phó Chủ tịch UBND tỉnh, nghỉ chế độ từ ngày 1/3.', [['RETIRED', 'Lương Bá Tuấn', 'Phó Chủ tịch UBND tỉnh']]],
    ['"chuẩn y" of an election is the election', 'Bộ Chính trị chuẩn y ông Đinh Văn Minh giữ chức Bí thư Tỉnh ủy.', [['ELECTED', 'Đinh Văn Minh', 'Bí thư Tỉnh ủy']]],
    ['"tiếp tục giữ chức" after an election is a re-election', 'Ông Hà Văn Sơn, Chủ tịch UBND tỉnh, được bầu tiếp tục giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.', [
      ['RE_ELECTED', 'Hà Văn Sơn', 'Chủ tịch UBND tỉnh'],
    ]],
    ['a negated verb tells nothing', 'Ông Lý Văn Pao không được giới thiệu tái cử Tỉnh ủy.', []],
    ['an interim duty is no post', 'Ban Thường vụ Tỉnh ủy phân công ông Đinh Văn Minh, Phó Chủ tịch UBND tỉnh, phụ trách, điều hành hoạt động của UBND tỉnh.', []],
    ['a decision named as a noun is no change', 'Quyết định phân công được đưa ra sau khi ông Đinh Văn Minh, Chủ tịch UBND tỉnh, bị tạm đình chỉ công tác.', []],
  ])('%s', (_case, sentence, expected) => {
    expect(changesIn(sentence)).toEqual(expected);
  });

  it('takes the post a transfer leaves, not a seat kept', () => {
    const { result } = extractText(CONTEXT + 'Bộ Chính trị điều động, chỉ định ông Tống Thanh Hải, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Tài chính, giữ chức Phó Bí thư Tỉnh ủy Lai Châu.');
    expect(result.changes.map((change) => [change.kind, change.title?.asWritten, change.fromTitle?.asWritten])).toEqual([
      ['TRANSFERRED', 'Phó Bí thư Tỉnh ủy Lai Châu', 'Thứ trưởng Bộ Tài chính'],
    ]);
  });
});

describe('one change read from several tellings', () => {
  it.each<[string, string, [ChangeKind, string, string | null][]]>([
    ['an election and a re-election of the same post are the re-election', 'Ông Lê Văn Hà được bầu làm Bí thư Tỉnh ủy. Hội nghị đã bầu ông Lê Văn Hà tái cử Bí thư Tỉnh ủy.', [
      ['RE_ELECTED', 'Lê Văn Hà', 'Bí thư Tỉnh ủy'],
    ]],
    ['an election to the post the chain says is held is a re-election', 'Đồng chí Lê Văn Hà, Bí thư Tỉnh ủy Lai Châu khóa XIV, được bầu giữ chức Bí thư Tỉnh ủy Lai Châu khóa XV.', [
      ['RE_ELECTED', 'Lê Văn Hà', 'Bí thư Tỉnh ủy Lai Châu'],
    ]],
    ['a relief explained in the next sentence is that reason', 'HĐND tỉnh miễn nhiệm ông Lý Văn Pao, Phó Chủ tịch UBND tỉnh. Ông Lý Văn Pao được miễn nhiệm để nghỉ chế độ.', [
      ['RETIRED', 'Lý Văn Pao', 'Phó Chủ tịch UBND tỉnh'],
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(changesIn(sentence)).toEqual(expected);
  });
});

describe('an appointment that moves the person out of the post held', () => {
  it.each<[string, string, ChangeKind]>([
    ['from a province to a ministry', 'Ông Trần Văn Nam, Bí thư Tỉnh ủy Lai Châu, được bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ.', 'TRANSFERRED'],
    ['from a district to the province', 'Ông Trần Văn Nam, Phó Chủ tịch UBND huyện Phong Thổ, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Lai Châu.', 'TRANSFERRED'],
    ['inside the same body: a promotion', 'Ông Trần Văn Nam, Phó Giám đốc Sở Nội vụ tỉnh Lai Châu, được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Lai Châu.', 'APPOINTED'],
  ])('%s', (_case, sentence, kind) => {
    expect(changesIn(sentence).map(([found]) => found)).toEqual([kind]);
  });
});
