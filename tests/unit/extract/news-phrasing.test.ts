import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences in the phrasing of everyday news pages (not the development corpus); the
// article's province is Phú Yên unless the sentence names another.
const CONTEXT = 'Kỳ họp diễn ra tại tỉnh Phú Yên. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('bodies whose "và" is written as a hyphen or an ampersand', () => {
  it.each([
    ['a ministry with "-" for "và"', 'Ông Lê Văn Tấn, Thứ trưởng Bộ Khoa học - Công nghệ, phát biểu.', ['Lê Văn Tấn: DEPUTY_MINISTER@Bộ Khoa học và Công nghệ']],
    ['a department with "&" for "và"', 'Bà Hồ Thị Lan, Giám đốc Sở Tài nguyên & Môi trường, báo cáo.', ['Hồ Thị Lan: DIRECTOR@Sở Tài nguyên và Môi trường tỉnh Phú Yên']],
    ['a department abbreviated as its ministry is', 'Ông Phan Văn Lực, Giám đốc Sở KH&CN, dự họp.', ['Phan Văn Lực: DIRECTOR@Sở Khoa học và Công nghệ tỉnh Phú Yên']],
    ['a committee of the National Assembly with "-" for "và"', 'Ông Trương Văn Hòa, Chủ nhiệm Ủy ban Quốc phòng - An ninh, phát biểu.', [
      'Trương Văn Hòa: CHAIRMAN_OF_COMMISSION@Ủy ban Quốc phòng và An ninh của Quốc hội',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('the National Assembly written short and its older committees', () => {
  it.each([
    ['"của QH" after a committee', 'Ông Lò Văn Páo, Chủ tịch Hội đồng Dân tộc của QH, dự lễ.', ['Lò Văn Páo: CHAIR@Hội đồng Dân tộc của Quốc hội']],
    ['a committee of the terms before 2016', 'Bà Đinh Thị Nhàn, Chủ nhiệm Ủy ban các vấn đề xã hội, trình bày tờ trình.', [
      'Đinh Thị Nhàn: CHAIRMAN_OF_COMMISSION@Ủy ban về các vấn đề xã hội của Quốc hội',
    ]],
    ['"Tổng Thư ký kiêm Chủ nhiệm Văn phòng Quốc hội"', 'Ông Vương Đình Huệ, Tổng Thư ký kiêm Chủ nhiệm Văn phòng Quốc hội, phát biểu.', [
      'Vương Đình Huệ: SECRETARY_GENERAL@Quốc hội; CHAIRMAN_OF_COMMISSION@Văn phòng Quốc hội',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('"chức vụ" before a title', () => {
  it('reads "miễn nhiệm chức vụ Trưởng ban …" as the head of the board, not a "Vụ trưởng"', () => {
    expect(personsIn('HĐND tỉnh miễn nhiệm chức vụ Trưởng ban Pháp chế HĐND tỉnh đối với ông Võ Văn Đông.')).toEqual([
      'Võ Văn Đông: former HEAD@Ban Pháp chế Hội đồng nhân dân tỉnh Phú Yên',
    ]);
  });
});

describe('a title written once for a numbered list', () => {
  it('gives the title to the first person of each numbered line after "như sau:"', () => {
    const text = 'Quốc hội đã bầu các Ủy viên Ủy ban Thường vụ Quốc hội như sau:\n1. Ông Đỗ Văn Khải, Chủ nhiệm Ủy ban Kinh tế.\n2. Bà Hà Thị Liên, Chủ nhiệm Ủy ban Tư pháp.\n';
    expect(personsIn(text)).toEqual([
      'Đỗ Văn Khải: CHAIRMAN_OF_COMMISSION@Ủy ban Kinh tế của Quốc hội; MEMBER@Ủy ban Thường vụ Quốc hội',
      'Hà Thị Liên: CHAIRMAN_OF_COMMISSION@Ủy ban Tư pháp của Quốc hội; MEMBER@Ủy ban Thường vụ Quốc hội',
    ]);
  });
});

describe('a chair of a unit written without "UBND"', () => {
  it.each([
    ['"Chủ tịch tỉnh <place>"', 'Tại điểm cầu có ông Lương Văn Khải, Chủ tịch tỉnh Kon Tum.', ['Lương Văn Khải: CHAIR@Ủy ban nhân dân tỉnh Kon Tum']],
    ['"Phó Chủ tịch huyện <place>"', 'Bà Y Thị Hoa, Phó Chủ tịch huyện Sơn Hòa, phát biểu.', ['Y Thị Hoa: VICE_CHAIR@Ủy ban nhân dân huyện Sơn Hòa']],
  ])('reads %s as the People\'s Committee', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('keeps "Chủ tịch nước" the President', () => {
    expect(personsIn('Chủ tịch nước Đặng Văn Tùng dự lễ.')).toEqual(['Đặng Văn Tùng: PRESIDENT@Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam']);
  });
});

describe('a Party commission written with its unit instead of its committee', () => {
  it('reads "Trưởng ban Tổ chức tỉnh" as the province\'s commission, and the chain goes on after it', () => {
    expect(personsIn('Ông Mạc Văn Hưng, Trưởng ban Tổ chức tỉnh, Chủ tịch HĐND tỉnh, phát biểu.')).toEqual([
      'Mạc Văn Hưng: HEAD@Ban Tổ chức Tỉnh ủy Phú Yên; CHAIR@Hội đồng nhân dân tỉnh Phú Yên',
    ]);
  });
});

describe('the province a chain of titles names', () => {
  // An article about a centrally-run city: "Tỉnh ủy" alone names no province it knows.
  const CITY = 'Kỳ họp diễn ra tại thành phố Cần Thơ. ';
  const inCity = (sentence: string): string[] => {
    const { body, result } = extractText(CITY + sentence);
    expectEvidenceInBody(body, result);
    return describePersons(result);
  };

  it.each([
    ['a career chain ending on the province', 'Ông Tô Văn Hải từng giữ các vị trí Trưởng ban Dân vận Tỉnh ủy, Phó Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Sóc Trăng.', [
      'Tô Văn Hải: former HEAD@Ban Dân vận Tỉnh ủy Sóc Trăng; former DEPUTY_SECRETARY@Tỉnh ủy Sóc Trăng; former CHAIR@Ủy ban nhân dân tỉnh Sóc Trăng',
    ]],
    ['two posts joined by "và được bầu làm"', 'Ông Tô Văn Hải được điều động làm Phó Bí thư Tỉnh ủy và được bầu làm Chủ tịch UBND tỉnh Bạc Liêu.', [
      'Tô Văn Hải: DEPUTY_SECRETARY@Tỉnh ủy Bạc Liêu; CHAIR@Ủy ban nhân dân tỉnh Bạc Liêu',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(inCity(sentence)).toEqual(expected);
  });

  it('places nothing when the chain names two provinces', () => {
    expect(inCity('Ông Tô Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sóc Trăng, Bí thư Tỉnh ủy Bạc Liêu, dự họp.')).toEqual([
      'Tô Văn Hải: DEPUTY_SECRETARY@Tỉnh ủy; CHAIR@Ủy ban nhân dân tỉnh Sóc Trăng; SECRETARY@Tỉnh ủy Bạc Liêu',
    ]);
  });
});
