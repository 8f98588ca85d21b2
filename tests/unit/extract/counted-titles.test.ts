import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

function personsIn(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('a counted role with no body near', () => {
  it('is of the body its role was last named with', () => {
    const text = [
      'Ông Lý Minh Đức tiếp tục giữ chức Chủ tịch Hội Nông dân Việt Nam.',
      '',
      'Bốn Phó Chủ tịch của khóa mới là: ông Đàm Văn Hòa; bà Ninh Thị Lệ.',
    ].join('\n');
    expect(personsIn(text)).toEqual([
      'Lý Minh Đức: CHAIR@Hội Nông dân Việt Nam',
      'Đàm Văn Hòa: VICE_CHAIR@Hội Nông dân Việt Nam',
      'Ninh Thị Lệ: VICE_CHAIR@Hội Nông dân Việt Nam',
    ]);
  });

  it('takes no body from a title of another role', () => {
    const text = ['Ông Lý Minh Đức, Bí thư Tỉnh ủy Sơn La, phát biểu.', '', 'Hai Phó Chủ tịch của khóa mới là: ông Đàm Văn Hòa; bà Ninh Thị Lệ.'].join('\n');
    expect(personsIn(text)).toEqual(['Lý Minh Đức: SECRETARY@Tỉnh ủy Sơn La', 'Đàm Văn Hòa', 'Ninh Thị Lệ']);
  });
});

describe('a shared title over a list with religious honorifics', () => {
  it('goes on past "Hòa thượng" and "Linh mục"', () => {
    const text = 'Ủy ban Mặt trận Tổ quốc tỉnh Lâm Đồng có ba Phó Chủ tịch không chuyên trách là: ông Đàm Văn Hòa; Hòa thượng Thích Minh Tâm; Linh mục Giuse Trần Văn Lộc.';
    expect(personsIn(text).map((person) => person.split(':')[0])).toEqual(['Đàm Văn Hòa', 'Thích Minh Tâm', 'Giuse Trần Văn Lộc']);
    expect(personsIn(text).every((person) => person.endsWith('PART_TIME_VICE_CHAIR@Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng'))).toBe(true);
  });
});

describe('a title after a dash closing a list of names', () => {
  const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Phú Yên. ';

  it('goes to every name of a list opened by "các"', () => {
    expect(personsIn(`${CONTEXT}Dự hội nghị có các đồng chí: Hồ Văn Lộc, Trần Thị Mai và Lê Văn Tám - Phó Bí thư Tỉnh ủy.`)).toEqual([
      'Hồ Văn Lộc: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
      'Trần Thị Mai: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
      'Lê Văn Tám: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
    ]);
  });

  it('stays with its own name after a person with a title', () => {
    expect(personsIn(`${CONTEXT}Dự hội nghị có các đồng chí Hồ Văn Lộc, Giám đốc Sở Tài chính; Lê Văn Tám - Phó Bí thư Tỉnh ủy.`)).toEqual([
      'Hồ Văn Lộc: DIRECTOR@Sở Tài chính tỉnh Phú Yên',
      'Lê Văn Tám: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
    ]);
  });
});

describe('"lần lượt" gives one title to each person, in order', () => {
  const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Phú Yên. ';

  it.each([
    ['an elliptic first title', 'Ông Hồ Văn Lộc và bà Trần Thị Mai lần lượt giữ chức Chủ tịch và Phó Chủ tịch UBND tỉnh.', [
      'Hồ Văn Lộc: CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
      'Trần Thị Mai: VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['after "được bầu"', 'Ông Hồ Văn Lộc và bà Trần Thị Mai lần lượt được bầu giữ chức Giám đốc Sở Tài chính, Giám đốc Sở Xây dựng.', [
      'Hồ Văn Lộc: DIRECTOR@Sở Tài chính tỉnh Phú Yên',
      'Trần Thị Mai: DIRECTOR@Sở Xây dựng tỉnh Phú Yên',
    ]],
    ['none when they do not pair up', 'Ông Hồ Văn Lộc và bà Trần Thị Mai lần lượt giữ chức Giám đốc Sở Tài chính.', ['Hồ Văn Lộc', 'Trần Thị Mai']],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(CONTEXT + sentence)).toEqual(expected);
  });
});
