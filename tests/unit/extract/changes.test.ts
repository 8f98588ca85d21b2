import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/domain/extraction.js';
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
    ['sẽ', 'Ông Lê Đức Giang sẽ được bầu giữ chức Chủ tịch HĐND tỉnh.'],
    ['dự kiến', 'Dự kiến, đồng chí Lê Đức Giang được bầu giữ chức Chủ tịch HĐND tỉnh.'],
    ['đề nghị', 'Ban Thường vụ đề nghị bổ nhiệm ông Lê Đức Giang giữ chức Giám đốc Công an tỉnh.'],
  ])('marks a change after "%s" as planned', (_word, sentence) => {
    expect(changesIn(sentence)).toMatchObject([{ person: 'Lê Đức Giang', planned: true }]);
  });

  it('dates a change by its sentence', () => {
    expect(changesIn('Ngày 10/7, ông Đầu Thanh Tùng được bầu giữ chức Chủ tịch UBND tỉnh.')).toMatchObject([{ date: 'Ngày 10/7' }]);
  });

  it.each([
    ['an election without a person', 'Công tác bầu cử được chuẩn bị chu đáo.'],
    ['a tender', 'Ông Lê Văn Hùng, Giám đốc Công an tỉnh, chỉ định thầu gói thầu số 5.'],
    ['a holiday', 'Nhiều hoạt động diễn ra vào dịp nghỉ lễ 30/4.'],
  ])('finds no change in %s', (_case, sentence) => {
    expect(changesIn(sentence)).toEqual([]);
  });
});
