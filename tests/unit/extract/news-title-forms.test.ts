import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

function personsIn(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('short forms news uses for titles', () => {
  it.each([
    ['"Bí thư <province>" is the provincial committee', 'Bộ Chính trị chỉ định ông Đặng Quốc Bảo làm Bí thư Kon Tum.', ['Đặng Quốc Bảo: SECRETARY@Tỉnh ủy Kon Tum']],
    ['"Bí thư <province> <Name>"', 'Cựu Bí thư Yên Bái Đặng Quốc Bảo bị kỷ luật.', ['Đặng Quốc Bảo: SECRETARY@Tỉnh ủy Yên Bái']],
    ['"Bí thư <centrally-run city>" is the city committee', 'Ông Đặng Quốc Bảo được chỉ định làm Phó Bí thư Cần Thơ.', ['Đặng Quốc Bảo: DEPUTY_SECRETARY@Thành ủy Cần Thơ']],
    ['a person\'s name is no province', 'Tổng Bí thư làm việc với Bí thư Đặng Quốc Bảo.', ['Đặng Quốc Bảo']],
    ['"là một trong N <title>"', 'Ông Đặng Quốc Bảo là một trong 20 ủy viên dự khuyết Trung ương Đảng khóa XII.', [
      'Đặng Quốc Bảo: ALTERNATE_MEMBER@Ban Chấp hành Trung ương Đảng',
    ]],
    ['a department\'s ministry in brackets', 'Ông Đặng Quốc Bảo từng làm Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế).', [
      'Đặng Quốc Bảo: former DEPARTMENT_DIRECTOR@Vụ Tổ chức cán bộ, Bộ Y tế',
    ]],
    ['"Thứ trưởng thứ 5" is a count, not a second title', 'Ông Đặng Quốc Bảo, Thứ trưởng Bộ Y tế, là Thứ trưởng thứ 5 của bộ.', ['Đặng Quốc Bảo: DEPUTY_MINISTER@Bộ Y tế']],
  ])('%s', (_rule, text, expected) => {
    expect(personsIn(text)).toEqual(expected);
  });
});
