import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up careers; the article is about Phú Yên unless the sentence names another province.
const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Phú Yên. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('career lists after an introduction', () => {
  it.each([
    ['"kinh qua nhiều vị trí …:" with items split by ";"', 'Ông Lâm Văn Đạt sinh năm 1970. Trưởng thành từ cơ sở, ông Đạt đã kinh qua nhiều vị trí công tác tại các cơ quan của tỉnh: Phó Chánh Văn phòng Tỉnh ủy; Trưởng Ban Dân vận Tỉnh ủy; Phó Chủ tịch UBND tỉnh.', [
      'Lâm Văn Đạt: former DEPUTY_CHIEF_OF_OFFICE@Văn phòng Tỉnh ủy Phú Yên; former HEAD@Ban Dân vận Tỉnh ủy Phú Yên; former VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['"trải qua các cương vị như:" with items split by ","', 'Bà Mai Thị Hồng từng trải qua các cương vị như: Bí thư Huyện ủy Tuy An, Trưởng Ban Tổ chức Tỉnh ủy.', [
      'Mai Thị Hồng: former SECRETARY@Huyện ủy Tuy An; former HEAD@Ban Tổ chức Tỉnh ủy Phú Yên',
    ]],
    ['a list in another province takes that province', 'Ông Lâm Văn Đạt phát biểu. Ông Đạt kinh qua nhiều vị trí ở Bình Định (cũ) như: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.', [
      'Lâm Văn Đạt: former DEPUTY_SECRETARY@Tỉnh ủy Bình Định; former CHAIR@Ủy ban nhân dân tỉnh Bình Định',
    ]],
    ['the list goes on past an item the grammar cannot read', 'Ông Lâm Văn Đạt đã trải qua các vị trí công tác như: Phó Chủ tịch UBND tỉnh; Giám đốc Xí nghiệp Cấp nước Sông Cầu; Bí thư Tỉnh ủy.', [
      'Lâm Văn Đạt: former VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên; former SECRETARY@Tỉnh ủy Phú Yên',
    ]],
    ['"từng là" after a long biography', 'Ông Trịnh Quốc Hưng sinh năm 1968, quê tỉnh Nam Định, có trình độ thạc sĩ quản lý công, cử nhân luật, kỹ sư xây dựng dân dụng và công nghiệp; từng là chủ tịch UBND huyện Đồng Xuân, bí thư Huyện ủy Đồng Xuân.', [
      'Trịnh Quốc Hưng: former CHAIR@Ủy ban nhân dân huyện Đồng Xuân; former SECRETARY@Huyện ủy Đồng Xuân',
    ]],
    ['a career run that opens on an item the grammar cannot read', 'Ông Lâm Văn Đạt năm nay 53 tuổi, từng làm Giám đốc Xí nghiệp Cấp nước Sông Cầu, Phó Chủ tịch rồi Chủ tịch UBND tỉnh.', [
      'Lâm Văn Đạt: former VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên; former CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['"trước đây đảm nhiệm"', 'Ông Lâm Văn Đạt trước đây đảm nhiệm Giám đốc Sở Xây dựng.', ['Lâm Văn Đạt: former DIRECTOR@Sở Xây dựng tỉnh Phú Yên']],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('keeps the list province to its sentence', () => {
    const sentence = 'Ông Lâm Văn Đạt kinh qua nhiều vị trí ở Bình Định như: Bí thư Tỉnh ủy. Ông Hồ Văn Lộc, Phó Chủ tịch UBND tỉnh, phát biểu.';
    expect(personsIn(sentence)).toEqual(['Lâm Văn Đạt: former SECRETARY@Tỉnh ủy Bình Định', 'Hồ Văn Lộc: VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên']);
  });

  it('needs a word of the past to pass over an unread item', () => {
    expect(personsIn('Ông Lâm Văn Đạt làm Giám đốc Xí nghiệp Cấp nước Sông Cầu, Phó Chủ tịch UBND tỉnh Trần Văn Hòa phát biểu.')).toEqual([
      'Lâm Văn Đạt',
      'Trần Văn Hòa: VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]);
  });

  it('does not take the posts of people met for a career', () => {
    expect(personsIn('Ông Lâm Văn Đạt làm việc với lãnh đạo các địa phương như: Chủ tịch UBND huyện Tuy An, Bí thư Huyện ủy Đồng Xuân.')).toEqual(['Lâm Văn Đạt']);
  });
});

describe('Youth Union bodies', () => {
  it.each([
    ['"Tỉnh Đoàn" alone is the province\'s', 'Bà Mai Thị Hồng, Phó Bí thư Tỉnh Đoàn, phát biểu.', ['Mai Thị Hồng: DEPUTY_SECRETARY@Tỉnh Đoàn Phú Yên']],
    ['"Thành đoàn" with its city', 'Ông Lê Minh Khôi, Bí thư Thành đoàn Hà Nội, phát biểu.', ['Lê Minh Khôi: SECRETARY@Thành đoàn Hà Nội']],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});
