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
