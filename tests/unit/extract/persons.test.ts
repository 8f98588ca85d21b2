import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Short made-up sentences, one rule each; the article's province is Thanh Hóa unless the row says otherwise.
const CONTEXT = 'Đoàn công tác làm việc tại thành phố Sầm Sơn, tỉnh Thanh Hóa. ';

describe('person mentions', () => {
  it.each([
    ['ông/bà <Name>, <title>', 'Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND tỉnh, cho biết kết quả.', ['Nguyễn Thị Hoa: VICE_CHAIR@Ủy ban nhân dân tỉnh Thanh Hóa']],
    ['đồng chí <Name>, <title>, <title>', 'Đồng chí Lê Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.', [
      'Lê Văn Hùng: STANDING_COMMITTEE_MEMBER@Tỉnh ủy Thanh Hóa; HEAD@Ban Tổ chức Tỉnh ủy Thanh Hóa',
    ]],
    ['<title> <Name> with an explicit place', 'Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng chủ trì buổi làm việc.', ['Vũ Đại Thắng: SECRETARY@Tỉnh ủy Quảng Ninh']],
    ['<title> <Name> whose place reads like a name', 'Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải phát biểu.', ["Võ Trọng Hải: CHAIR@Ủy ban nhân dân tỉnh Hà Tĩnh"]],
    ['<title> <Name> with the article\'s own province', 'Chủ tịch UBND tỉnh Đỗ Minh Tuấn phát biểu.', ['Đỗ Minh Tuấn: CHAIR@Ủy ban nhân dân tỉnh Thanh Hóa']],
    ['<Name> (<title>)', 'Ông Lê Văn Minh (Phó Chủ tịch Thường trực HĐND tỉnh) cho biết kế hoạch.', [
      'Lê Văn Minh: STANDING_VICE_CHAIR@Hội đồng nhân dân tỉnh Thanh Hóa',
    ]],
    ['nguyên … is a former post', 'Bà Trần Thị Lan, nguyên Bí thư Thành ủy Sầm Sơn, đã tham dự.', ['Trần Thị Lan: former SECRETARY@Thành ủy Sầm Sơn']],
    ['two people separated by commas only', 'Các đồng chí Phạm Văn An, Bí thư Thành ủy, Hoàng Thị Bình, Chủ tịch UBND thành phố cùng dự.', [
      'Phạm Văn An: SECRETARY@Thành ủy Sầm Sơn',
      'Hoàng Thị Bình: CHAIR@Ủy ban nhân dân thành phố Sầm Sơn',
    ]],
    ['people separated by semicolons', 'Tham dự có: ông Ngô Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy; bà Đinh Thị Mai, Giám đốc Công an tỉnh.', [
      'Ngô Văn Tuấn: STANDING_DEPUTY_SECRETARY@Tỉnh ủy Thanh Hóa',
      'Đinh Thị Mai: DIRECTOR@Công an tỉnh Thanh Hóa',
    ]],
    ['"kiêm" joins titles', 'Ông Bùi Văn Nam, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Tĩnh Gia, phát biểu.', [
      'Bùi Văn Nam: SECRETARY@Huyện ủy Tĩnh Gia; CHAIR@Hội đồng nhân dân huyện Tĩnh Gia',
    ]],
    ['a military rank is an honorific', 'Đại tá Lê Quang Huy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo.', [
      'Lê Quang Huy: COMMANDER@Bộ Chỉ huy Quân sự tỉnh Thanh Hóa',
    ]],
    ['an honorific alone anchors a name', 'Ông Trịnh Văn Chiến đã phát biểu.', ['Trịnh Văn Chiến']],
    ['central titles need no place', 'Tổng Bí thư Tô Lâm và Thủ tướng Chính phủ Phạm Minh Chính dự lễ; ông Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội cũng dự.', [
      'Tô Lâm: GENERAL_SECRETARY@Ban Chấp hành Trung ương Đảng',
      'Phạm Minh Chính: PRIME_MINISTER@Chính phủ',
      'Trần Thanh Mẫn: MEMBER@Bộ Chính trị; CHAIR@Quốc hội',
    ]],
    ['a title written before the next name is that name\'s', 'Chủ tịch UBND tỉnh Nam Định Trần Văn Lộc (SN 1972), Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Huy (SN 1974) cùng dự.', [
      'Trần Văn Lộc: CHAIR@Ủy ban nhân dân tỉnh Nam Định',
      'Phạm Quang Huy: CHAIR@Ủy ban nhân dân tỉnh Ninh Bình',
    ]],
    ['titles before names in a comma list', 'Có mặt Phó Chủ tịch nước Lê Thị Hạnh, Phó Thủ tướng Đào Văn Quân và các đại biểu.', [
      'Lê Thị Hạnh: VICE_PRESIDENT@Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Đào Văn Quân: DEPUTY_PRIME_MINISTER@Chính phủ',
    ]],
    ['ĐBQH is a deputy of the National Assembly', 'Bà Lê Thị Nga, ĐBQH, phát biểu.', ['Lê Thị Nga: NATIONAL_ASSEMBLY_DEPUTY@Quốc hội']],
  ])('%s', (_rule, sentence, expected) => {
    const { body, result } = extractText(CONTEXT + sentence);
    expect(describePersons(result)).toEqual(expected);
    expectEvidenceInBody(body, result);
  });

  it('reads two syllables after a unit word as its place, not as the next person', () => {
    const { result } = extractText(CONTEXT + 'HĐND thành phố bầu ông Lê Văn Tâm, Phó Bí thư Thành ủy, Bí thư Quận ủy Ninh Kiều làm Chủ tịch UBND thành phố.');
    expect(result.persons.map((person) => [person.name, person.titles.map((title) => title.role)])).toEqual([
      ['Lê Văn Tâm', ['DEPUTY_SECRETARY', 'SECRETARY', 'CHAIR']],
    ]);
  });

  it('quotes the name with its title chain, and each title on its own', () => {
    const { result } = extractText('Ông Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa phát biểu.');
    const [person] = result.persons;
    expect(person?.evidence.quote).toBe('Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa');
    expect(person?.titles.map((title) => title.evidence.quote)).toEqual(['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Thanh Hóa']);
  });

  it('reads Uỷ and decomposed (NFD) input the same as Ủy once normalised', () => {
    const sentence = 'Ông Lê Văn Tám, Uỷ viên Ban Thường vụ Tỉnh uỷ Thanh Hoá, phát biểu.'.normalize('NFD');
    const { body, result } = extractText(sentence);
    expect(describePersons(result)).toEqual(['Lê Văn Tám: STANDING_COMMITTEE_MEMBER@Tỉnh ủy Thanh Hóa']);
    expect(result.persons[0]?.titles[0]?.asWritten).toBe('Ủy viên Ban Thường vụ Tỉnh ủy Thanh Hóa');
    expectEvidenceInBody(body, result);
  });

  it('leaves the area null, and the place out of the name, when the article never says where', () => {
    const { result } = extractText('Ông Phan Văn Khải, Bí thư Tỉnh ủy, phát biểu.');
    expect(result.persons[0]?.titles[0]?.body).toEqual({
      kind: 'PARTY_COMMITTEE',
      level: 'PROVINCE',
      area: null,
      name: 'Tỉnh ủy',
      nameEn: 'Provincial Party Committee',
    });
  });

  it('finds no person in a title without a name', () => {
    const { result } = extractText('Đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương nỗ lực của Đảng bộ tỉnh.');
    expect(result.persons).toEqual([]);
  });

  it('finds no person in place names that read like names', () => {
    const { result } = extractText('Đoàn đã đến Hà Nội, Cao Bằng và thành phố Hà Tiên, Lâm Đồng.');
    expect(result.persons).toEqual([]);
  });

  it('takes no byline for a person', () => {
    const { result } = extractText('Ông Lê Văn Hùng, Bí thư Tỉnh ủy, phát biểu.\nNguyễn Hoa');
    expect(describePersons(result)).toEqual(['Lê Văn Hùng: SECRETARY@Tỉnh ủy']);
  });
});

describe('names anchored by a role word, a rank or a religious honorific', () => {
  const namesIn = (sentence: string) => extractText(CONTEXT + sentence).result.persons.map((person) => person.name);

  it.each([
    ['a role word with a body the grammar may not read', 'Tổng Thư ký Quốc hội Lê Văn Định trình bày dự thảo.', ['Lê Văn Định']],
    ['a body name with a comma inside', 'Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Phan Văn Hòa phát biểu.', ['Phan Văn Hòa']],
    ['a body name ending with the country', 'Thống đốc Ngân hàng Nhà nước Việt Nam Đặng Thị Hường dự họp.', ['Đặng Thị Hường']],
    ['a list of role-and-name items', 'Dự có: Thường trực Ban Bí thư Lương Văn Thịnh; Chánh án Tòa án nhân dân tối cao Lê Văn Bảo.', ['Lương Văn Thịnh', 'Lê Văn Bảo']],
    ['religious honorifics anchor a name', 'Hòa thượng Thích Minh Tâm và Linh mục Trần Văn Khoa dự lễ.', ['Thích Minh Tâm', 'Trần Văn Khoa']],
    ['a family name the list lacks, right after a title', 'Phó Chủ tịch Quốc hội Uông Văn Lực phát biểu.', ['Uông Văn Lực']],
    ['a five-syllable name right after a title', 'Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm phát biểu.', ['Y Thanh Hà Niê Kđăm']],
    ['no name is cut out of a longer run of capitals', 'Giám đốc Trung tâm Văn hóa Y Ngọc Hà Êban phát biểu.', []],
    ['no role word, no person', 'Cô giáo Nguyễn Thị Lan dạy học ở đây.', []],
    ['a list goes on after a short aside', 'Lãnh đạo Ban gồm 3 Phó ban là các ông, bà: Hồ Văn Lâm (Phó Trưởng ban Thường trực), Nguyễn Văn Tiến (kiêm nhiệm), Đỗ Thị Mai.', [
      'Hồ Văn Lâm', 'Nguyễn Văn Tiến', 'Đỗ Thị Mai',
    ]],
    ['an ethnic-minority family name in a list', 'Hội nghị do hai Ủy viên Bộ Chính trị chủ trì: Tòng Thị Hoa - Phó Chủ tịch Quốc hội và Lò Văn Pấng.', ['Tòng Thị Hoa', 'Lò Văn Pấng']],
    ['two syllables right after UBND are its place', 'Ông Lâm Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND Trần Đề, tỉnh Sóc Trăng, dự họp.', ['Lâm Văn Hải']],
  ])('%s', (_rule, sentence, expected) => {
    expect(namesIn(sentence)).toEqual(expected);
  });

  it('gives the titles before a rank to the name after it when they open a list item', () => {
    const { result } = extractText(CONTEXT + 'Dự họp có Phó Chủ tịch Quốc hội Lê Thị Nga; Phó Chủ tịch Quốc hội, Thượng tướng Trần Văn Tư.');
    expect(describePersons(result)).toEqual(['Lê Thị Nga: VICE_CHAIR@Quốc hội', 'Trần Văn Tư: VICE_CHAIR@Quốc hội']);
  });

  it('gives a title the sentence describes to the rank and name after it', () => {
    const { result } = extractText(CONTEXT + 'Trên cương vị Chính ủy Quân khu 4, Trung tướng Lê Văn Tư luôn mẫu mực.');
    expect(result.persons.map((person) => [person.name, person.titles.map((title) => title.asWritten)])).toEqual([['Lê Văn Tư', ['Chính ủy Quân khu 4']]]);
  });

  it('keeps a title that names the author of a decision away from the rank after it', () => {
    const { result } = extractText(CONTEXT + 'Theo quyết định của Thủ tướng, thượng tướng Lê Văn Tư được kéo dài thời gian công tác.');
    expect(describePersons(result)).toEqual(['Lê Văn Tư']);
  });
});
