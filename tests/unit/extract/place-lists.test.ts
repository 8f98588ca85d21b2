import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

function personsIn(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('holders listed place by place, the role written once', () => {
  it('gives each the role in their own province', () => {
    expect(
      personsIn('Nhiều địa phương đã kiện toàn trong tháng 9: Nghệ An có tân Chủ tịch Lê Hồng Vinh; Hà Tĩnh có ông Võ Trọng Hải; còn Huế có ông Nguyễn Văn Phương, người từng làm Giám đốc Sở.'),
    ).toEqual([
      'Lê Hồng Vinh: CHAIR@Ủy ban nhân dân tỉnh Nghệ An',
      'Võ Trọng Hải: CHAIR@Ủy ban nhân dân tỉnh Hà Tĩnh',
      'Nguyễn Văn Phương: CHAIR@Ủy ban nhân dân thành phố Huế',
    ]);
  });

  it('a secretary: the Party committee', () => {
    expect(personsIn('Hiện nay, Nghệ An có Bí thư Nguyễn Đức Trung, còn Hà Tĩnh có ông Nguyễn Duy Lâm.')).toEqual([
      'Nguyễn Đức Trung: SECRETARY@Tỉnh ủy Nghệ An',
      'Nguyễn Duy Lâm: SECRETARY@Tỉnh ủy Hà Tĩnh',
    ]);
  });

  it('no role written, or one place only: no title', () => {
    expect(personsIn('Nghệ An có ông Lê Hồng Vinh; Hà Tĩnh có ông Võ Trọng Hải.')).toEqual(['Lê Hồng Vinh', 'Võ Trọng Hải']);
    expect(personsIn('Đoàn công tác đến Nghệ An. Nghệ An có tân Chủ tịch Lê Hồng Vinh.')).toEqual(['Lê Hồng Vinh']);
  });
});
