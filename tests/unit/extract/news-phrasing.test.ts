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

describe('units of the army', () => {
  it.each([
    ['", Bộ Quốc phòng" after a unit belongs to the title, not to the unit', 'Thiếu tướng Hoàng Văn Lâm, Phó Tư lệnh Quân khu 3, Bộ Quốc phòng, dự lễ.', [
      'Hoàng Văn Lâm: DEPUTY_MILITARY_COMMANDER@Quân khu 3',
    ], 'Phó Tư lệnh Quân khu 3, Bộ Quốc phòng'],
    ['a general department of the army', 'Trung tướng Vi Văn Mạnh, Chính ủy Tổng cục Hậu cần - Kỹ thuật, phát biểu.', [
      'Vi Văn Mạnh: POLITICAL_COMMISSAR@Tổng cục Hậu cần - Kỹ thuật',
    ], 'Chính ủy Tổng cục Hậu cần - Kỹ thuật'],
    ['a command named after a leader is no person', 'Đại tá Lưu Văn Sơn, Phó Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh, dự họp.', [
      'Lưu Văn Sơn: DEPUTY_POLITICAL_COMMISSAR@Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh',
    ], 'Phó Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh'],
    ['the head of a unit\'s political department', 'Đại tá Mai Văn Tùng, Phó Chủ nhiệm Chính trị Quân chủng Hải quân, phát biểu.', [
      'Mai Văn Tùng: DEPUTY_HEAD_OF_POLITICS@Quân chủng Hải quân',
    ], 'Phó Chủ nhiệm Chính trị Quân chủng Hải quân'],
    ['the head of a unit\'s technical department', 'Đại tá Mai Văn Tùng, Chủ nhiệm Kỹ thuật Quân khu 9, phát biểu.', ['Mai Văn Tùng: HEAD_OF_TECHNICAL@Quân khu 9'], 'Chủ nhiệm Kỹ thuật Quân khu 9'],
  ])('%s', (_case, sentence, expected, asWritten) => {
    expect(personsIn(sentence)).toEqual(expected);
    const { result } = extractText(CONTEXT + sentence);
    expect(result.persons[0]?.titles[0]?.asWritten).toBe(asWritten);
  });
});

describe('the boards of state enterprises', () => {
  it.each([
    ['"Chủ tịch Hội đồng thành viên Tập đoàn …" up to the bracket', 'Ông Kiều Văn Toản, Chủ tịch Hội đồng thành viên Tập đoàn Cao su Việt Nam (VRG), nghỉ hưu.', [
      'Kiều Văn Toản: MEMBERS_COUNCIL_CHAIR@Tập đoàn Cao su Việt Nam',
    ]],
    ['"Chủ tịch HĐQT Ngân hàng …" up to the comma', 'Bà Tạ Thị Yến, Chủ tịch HĐQT Ngân hàng Thương mại cổ phần Công Thương Việt Nam, phát biểu.', [
      'Tạ Thị Yến: BOARD_CHAIR@Ngân hàng Thương mại cổ phần Công Thương Việt Nam',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('a role whose holder is named after "là"', () => {
  it('gives "Chủ nhiệm" the body named before it, and the holder after "là <rank>"', () => {
    expect(personsIn('Hiện Tổng cục Chính trị có Chủ nhiệm là Đại tướng Lương Văn Cường.')).toEqual([
      'Lương Văn Cường: CHAIRMAN_OF_COMMISSION@Tổng cục Chính trị Quân đội nhân dân Việt Nam',
    ]);
  });
});

describe('the issuer of a decision before a title chain', () => {
  it.each([
    ['"quyết định của Thủ tướng, <title> A": the Prime Minister\'s title is not A\'s', 'Theo quyết định của Thủ tướng, Thứ trưởng Bộ Y tế Đàm Văn Hiếu nghỉ hưu.', [
      'Đàm Văn Hiếu: DEPUTY_MINISTER@Bộ Y tế',
    ]],
    ['"sự hiện diện của <title>, <title> A": one chain', 'Lễ có sự hiện diện của Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Đàm Văn Hiếu.', [
      'Đàm Văn Hiếu: MEMBER@Bộ Chính trị; HEAD@Ban Tổ chức Trung ương',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('a deputy post written before the head post of the same body', () => {
  it('reads "Phó Bí thư, Bí thư Đoàn Thanh niên <body>" as both posts of the Youth Union', () => {
    expect(personsIn('Ông Vũ Đình Khang từng giữ chức vụ Phó Bí thư, Bí thư Đoàn Thanh niên Bộ Y tế.')).toEqual([
      'Vũ Đình Khang: former DEPUTY_SECRETARY@Đoàn Thanh niên Bộ Y tế; former SECRETARY@Đoàn Thanh niên Bộ Y tế',
    ]);
  });

  it('gives a deputy of another family no body from the next title', () => {
    expect(personsIn('Ông Vũ Đình Khang từng giữ chức vụ Phó Chủ tịch, Bí thư Đoàn Thanh niên Bộ Y tế.').join('; ')).not.toContain('VICE_CHAIR');
  });
});

describe('titles given to an unnamed group', () => {
  it('gives no one the posts "những người vừa được bầu" took', () => {
    expect(personsIn('Bí thư Tỉnh ủy Lâm Văn Tâm chúc mừng những người vừa được bầu giữ chức danh Phó Chủ tịch UBND tỉnh, Ủy viên UBND tỉnh.')).toEqual([
      'Lâm Văn Tâm: SECRETARY@Tỉnh ủy Phú Yên',
    ]);
  });
});

describe('a title given to a counted group listed after a colon', () => {
  it('gives "<title> đối với ba người …: A, …; B, … và C" to each listed person', () => {
    const sentence = 'HĐND tỉnh miễn nhiệm Ủy viên UBND tỉnh đối với ba người đã nghỉ hưu: bà Lê Thị Thu, nguyên Giám đốc Sở Y tế; ông Đào Văn Tú, nguyên Giám đốc Sở Xây dựng; và ông Ngô Văn Vĩnh.';
    expect(personsIn(sentence)).toEqual([
      'Lê Thị Thu: former DIRECTOR@Sở Y tế tỉnh Phú Yên; former MEMBER@Ủy ban nhân dân tỉnh Phú Yên',
      'Đào Văn Tú: former DIRECTOR@Sở Xây dựng tỉnh Phú Yên; former MEMBER@Ủy ban nhân dân tỉnh Phú Yên',
      'Ngô Văn Vĩnh: former MEMBER@Ủy ban nhân dân tỉnh Phú Yên',
    ]);
  });
});

describe('the other ends of an online meeting', () => {
  const OPENING = 'Ngày 12/5, Bộ Y tế tổ chức lễ công bố quyết định bổ nhiệm theo hình thức trực tuyến.';
  const rolesIn = (sentence: string): Record<string, string[]> => {
    const { result } = extractText(`${OPENING}\n${sentence}`);
    return Object.fromEntries((result.events[0]?.participants ?? []).map((participant) => [participant.name, participant.roles]));
  };

  it.each([
    ['"…; tại điểm cầu <place> có ông A": A took part', 'Ông Đỗ Văn Sáng, Thứ trưởng Bộ Y tế chủ trì buổi lễ; tại điểm cầu tỉnh Gia Lai có ông Rơ Văn Hiếu, Chủ tịch UBND tỉnh.', {
      'Đỗ Văn Sáng': ['CHAIRED'],
      'Rơ Văn Hiếu': ['ATTENDED'],
    }],
    ['a chair "tại điểm cầu chính" stays the chair', 'Chủ tọa buổi lễ tại điểm cầu chính gồm các đồng chí: Đỗ Văn Sáng, Thứ trưởng Bộ Y tế; Lê Thị Hồng, Vụ trưởng Vụ Tổ chức cán bộ.', {
      'Đỗ Văn Sáng': ['CHAIRED'],
      'Lê Thị Hồng': ['CHAIRED'],
    }],
  ])('%s', (_case, sentence, expected) => {
    expect(rolesIn(sentence)).toEqual(expected);
  });
});

describe('assistants counted after their principal', () => {
  it('gives "<leader> hiện có 3 trợ lý là các ông A, B và C" the body of the leader\'s post', () => {
    expect(personsIn('Phó Thủ tướng Lê Văn Thành hiện có 2 trợ lý là các ông Hồ Văn Nam và Lý Văn Tài.')).toEqual([
      'Lê Văn Thành: DEPUTY_PRIME_MINISTER@Chính phủ',
      'Hồ Văn Nam: ASSISTANT@Chính phủ',
      'Lý Văn Tài: ASSISTANT@Chính phủ',
    ]);
  });

  it('gives no one a count of assistants with no list', () => {
    expect(personsIn('Phó Thủ tướng Lê Văn Thành có 1 trợ lý và 2 thư ký.')).toEqual(['Lê Văn Thành: DEPUTY_PRIME_MINISTER@Chính phủ']);
  });
});

describe('the post of the person someone replaces', () => {
  const postsIn = (sentence: string): string[] => {
    const { body, result } = extractText(CONTEXT + sentence);
    expectEvidenceInBody(body, result);
    return result.persons.flatMap((person) => person.titles.filter((title) => title.implied === true).map((title) => `${person.name}: ${title.status} ${title.role}@${title.body?.name ?? '-'}`));
  };

  it.each([
    ['"giữ chức <post>, thay <rank> A"', 'Đại tá Lê Văn Tấn được bổ nhiệm giữ chức Giám đốc Công an tỉnh, thay đại tá Vũ Đức Minh nghỉ hưu.', [
      'Vũ Đức Minh: FORMER DIRECTOR@Công an tỉnh Phú Yên',
    ]],
    ['"bầu làm <post>, kế nhiệm ông A"', 'Ông Lê Văn Tấn được bầu làm Chủ tịch UBND tỉnh, kế nhiệm ông Vũ Đức Minh.', ['Vũ Đức Minh: FORMER CHAIR@Ủy ban nhân dân tỉnh Phú Yên']],
    ['"thay người tiền nhiệm là <rank> A"', 'Ông Lê Văn Tấn giữ chức Giám đốc Sở Nội vụ, thay người tiền nhiệm là ông Vũ Đức Minh.', ['Vũ Đức Minh: FORMER DIRECTOR@Sở Nội vụ tỉnh Phú Yên']],
    ['a post with several holders is no one\'s to replace', 'Ông Lê Văn Tấn được bầu làm Phó Chủ tịch UBND tỉnh, thay ông Vũ Đức Minh.', []],
    ['"thay mặt" replaces no one', 'Ông Lê Văn Tấn, Chủ tịch UBND tỉnh, thay mặt lãnh đạo tỉnh chúc mừng ông Vũ Đức Minh.', []],
  ])('%s', (_case, sentence, expected) => {
    expect(postsIn(sentence)).toEqual(expected);
  });

  it.each([
    ['after "thay ông A"', 'Ông Lê Văn Tấn được bầu giữ chức Chủ tịch HĐND tỉnh nhiệm kỳ 2016-2021. Ông Lê Văn Tấn thay ông Vũ Đức Minh, Chủ tịch HĐND tỉnh khóa VI.'],
    ['after "kế nhiệm ông A"', 'Ông Lê Văn Tấn được bầu làm Chủ tịch HĐND tỉnh, kế nhiệm ông Vũ Đức Minh, Chủ tịch HĐND tỉnh khóa trước.'],
  ])('reads the replaced person\'s own title of the post taken as former (%s)', (_case, sentence) => {
    const { body, result } = extractText(CONTEXT + sentence);
    expectEvidenceInBody(body, result);
    const predecessor = result.persons.find((person) => person.name === 'Vũ Đức Minh');
    expect(predecessor?.titles.map((title) => `${title.status} ${title.role}@${title.body?.name ?? '-'}`)).toEqual(['FORMER CHAIR@Hội đồng nhân dân tỉnh Phú Yên']);
    const successor = result.persons.find((person) => person.name === 'Lê Văn Tấn');
    expect(successor?.titles.map((title) => title.status)).not.toContain('FORMER');
  });

  it('writes no title string for an implied post', () => {
    const { result } = extractText(CONTEXT + 'Ông Lê Văn Tấn được bầu làm Chủ tịch UBND tỉnh, kế nhiệm ông Vũ Đức Minh.');
    const predecessor = result.persons.find((person) => person.name === 'Vũ Đức Minh');
    expect(predecessor?.titles.map((title) => title.evidence.quote)).toEqual(['kế nhiệm ông Vũ Đức Minh']);
  });
});

describe('a province\'s economic zone authority', () => {
  it.each([
    ['"Trưởng ban Khu kinh tế": "Quản lý" left out, the article\'s province', 'Ông Thạch Văn Sơn, nguyên Trưởng ban Khu kinh tế, dự họp.', [
      'Thạch Văn Sơn: former HEAD@Ban Quản lý Khu kinh tế tỉnh Phú Yên',
    ]],
    ['named with its province as written, no level word', 'Ông Thạch Văn Sơn, Trưởng Ban Quản lý Khu kinh tế Quảng Ngãi, phát biểu.', [
      'Thạch Văn Sơn: HEAD@Ban Quản lý Khu kinh tế Quảng Ngãi',
    ]],
  ])('%s', (_case, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('general directors of state enterprises', () => {
  it('reads "Phó Tổng Giám đốc Tổng công ty …" up to the bracket', () => {
    expect(personsIn('Ông Châu Văn Lợi, Phó Tổng Giám đốc Tổng công ty Đường sắt Việt Nam (VNR), phát biểu.')).toEqual([
      'Châu Văn Lợi: DEPUTY_GENERAL_DIRECTOR@Tổng công ty Đường sắt Việt Nam',
    ]);
  });
});

describe('a seat in a People\'s Council', () => {
  it('reads "đại biểu HĐND tỉnh" as a council deputy', () => {
    expect(personsIn('Ông Lữ Văn Thông, Phó Giám đốc Công an tỉnh, đại biểu HĐND tỉnh, phát biểu.')).toEqual([
      'Lữ Văn Thông: DEPUTY_DIRECTOR@Công an tỉnh Phú Yên; COUNCIL_DELEGATE@Hội đồng nhân dân tỉnh Phú Yên',
    ]);
  });
});
