import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences; the article's province is Phú Yên unless the sentence moves elsewhere.
const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Phú Yên. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('titles given by a verb', () => {
  it.each([
    ['"giữ chức" after the subject', 'Ông Hà Văn Toàn được bầu giữ chức Phó Chủ tịch UBND tỉnh.', ['Hà Văn Toàn: VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên']],
    ['"là" with a chain of titles', 'Bà Đinh Thị Hạnh hiện là Tỉnh ủy viên, Giám đốc Sở Tư pháp.', [
      'Đinh Thị Hạnh: MEMBER@Tỉnh ủy Phú Yên; DIRECTOR@Sở Tư pháp tỉnh Phú Yên',
    ]],
    ['"ông" refers to the last man named', 'Ông Lương Văn Tài sinh năm 1970. Ông từng giữ chức Giám đốc Sở Xây dựng.', [
      'Lương Văn Tài: former DIRECTOR@Sở Xây dựng tỉnh Phú Yên',
    ]],
    ['"ông <given name>" refers to the person so named', 'Ông Châu Minh Khoa phát biểu. Các vị trí ông Khoa từng trải qua gồm Trưởng ban Pháp chế HĐND tỉnh.', [
      'Châu Minh Khoa: former HEAD@Ban Pháp chế Hội đồng nhân dân tỉnh Phú Yên',
    ]],
    ['"quá trình" is no plan ("trình")', 'Ông Lương Văn Tài sinh năm 1970. Trong quá trình công tác, ông Tài từng giữ chức Giám đốc Sở Xây dựng.', [
      'Lương Văn Tài: former DIRECTOR@Sở Xây dựng tỉnh Phú Yên',
    ]],
    ['the official who signs the decision does not hold the post it names', 'Chủ tịch UBND tỉnh Lương Văn Tài đã ký các quyết định thôi giữ chức vụ Giám đốc Sở Xây dựng đối với 2 cán bộ.', [
      'Lương Văn Tài: CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['the one handed a decision holds the post it names', 'Ông Lương Văn Tài đã nhận quyết định giữ chức Giám đốc Sở Xây dựng.', [
      'Lương Văn Tài: DIRECTOR@Sở Xây dựng tỉnh Phú Yên',
    ]],
    ['a run of titles after "khóa XII, XIII"', 'Hiện bà Đinh Thị Hạnh là Ủy viên Trung ương Đảng khóa XII, XIII; Giám đốc Sở Tư pháp.', [
      'Đinh Thị Hạnh: MEMBER@Ban Chấp hành Trung ương Đảng; DIRECTOR@Sở Tư pháp tỉnh Phú Yên',
    ]],
    ['"<title> đối với ông A"', 'HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Kha Văn Lộc.', [
      'Kha Văn Lộc: former CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['"<title> là ông A"', 'Tân Bí thư Tỉnh ủy là ông Trương Quốc Bảo.', ['Trương Quốc Bảo: SECRETARY@Tỉnh ủy Phú Yên']],
    ['a group "bà A và ông B"', 'Thủ tướng bổ nhiệm bà Lã Thị Thu và ông Viên Đức Hải giữ chức Thứ trưởng Bộ Y tế.', [
      'Lã Thị Thu: DEPUTY_MINISTER@Bộ Y tế', 'Viên Đức Hải: DEPUTY_MINISTER@Bộ Y tế',
    ]],
    ['a counted title shared by the list after it', 'Chính phủ có 2 Phó Thủ tướng là Hà Minh Khôi (Phó Thủ tướng Thường trực) và Trịnh Văn Lực.', [
      'Hà Minh Khôi: STANDING_DEPUTY_PRIME_MINISTER@Chính phủ',
      'Trịnh Văn Lực: DEPUTY_PRIME_MINISTER@Chính phủ',
    ]],
    ['a counted role takes the body the sentence is about', 'Tỉnh ủy hiện có 3 phó bí thư, gồm các đồng chí Tạ Văn Kiên, Lục Thị Mơ và Hồ Văn Sang.', [
      'Tạ Văn Kiên: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
      'Lục Thị Mơ: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
      'Hồ Văn Sang: DEPUTY_SECRETARY@Tỉnh ủy Phú Yên',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('gives no title a planned change names', () => {
    expect(personsIn('Ông Hà Văn Toàn dự kiến sẽ giữ chức Chủ tịch UBND tỉnh.')).toEqual(['Hà Văn Toàn']);
  });
});

describe('title grammar', () => {
  it.each([
    ['"Ủy viên, Chủ nhiệm …" is a member of the same commission', 'Ông Tô Văn Bình, Ủy viên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu.', [
      'Tô Văn Bình: MEMBER@Ủy ban Kiểm tra Tỉnh ủy Phú Yên; CHAIRMAN_OF_COMMISSION@Ủy ban Kiểm tra Tỉnh ủy Phú Yên',
    ]],
    ['"Phó Chủ tịch rồi Chủ tịch …" shares the body', 'Ông Kiều Văn Nam, Phó Chủ tịch rồi Chủ tịch UBND tỉnh, phát biểu.', [
      'Kiều Văn Nam: VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên; CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
    ['"Phó Chủ tịch, Tổng Thư ký …" is a vice chair of the same body', 'Ông Hầu A Lềnh, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam, dự.', [
      'Hầu A Lềnh: VICE_CHAIR@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; SECRETARY_GENERAL@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]],
    ['… also in a career run', 'Ông Lê Tiến Châu từng giữ các chức Bí thư Tỉnh ủy Hậu Giang và Phó chủ tịch, Tổng thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.', [
      'Lê Tiến Châu: former SECRETARY@Tỉnh ủy Hậu Giang; former VICE_CHAIR@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; former SECRETARY_GENERAL@Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]],
    ['central commissions', 'Ông Âu Văn Hòa, Phó Trưởng Ban Tổ chức Trung ương, Ủy viên T.Ư Đảng, dự.', [
      'Âu Văn Hòa: DEPUTY_HEAD@Ban Tổ chức Trung ương; MEMBER@Ban Chấp hành Trung ương Đảng',
    ]],
    ['a Party bloc committee and a ministry', 'Ông Mạc Văn Tuấn, Bí thư Đảng ủy Khối các cơ quan tỉnh, Thứ trưởng Bộ Tài chính, dự.', [
      'Mạc Văn Tuấn: SECRETARY@Đảng ủy Khối các cơ quan tỉnh Phú Yên; DEPUTY_MINISTER@Bộ Tài chính',
    ]],
    ['a numbered district and a city named after a person', 'Ông Lý Văn Đạt, Phó Bí thư Thành ủy TP. Hồ Chí Minh, Chủ tịch UBND Quận 7, dự.', [
      'Lý Văn Đạt: DEPUTY_SECRETARY@Thành ủy Thành phố Hồ Chí Minh; CHAIR@Ủy ban nhân dân Quận 7',
    ]],
    ['a commission without its committee is the one named before', 'Ủy ban Kiểm tra Tỉnh ủy có 7 thành viên, trong đó ông Bế Văn Lâm được bầu làm Chủ nhiệm Ủy ban Kiểm tra.', [
      'Bế Văn Lâm: CHAIRMAN_OF_COMMISSION@Ủy ban Kiểm tra Tỉnh ủy Phú Yên',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('the place a sentence opens on', () => {
  it('resolves bodies without a place to it, until another place', () => {
    expect(personsIn('Cùng ngày, ở Bình Định, ông Đoàn Văn Phúc tái đắc cử Bí thư Tỉnh ủy. Ông Vũ Văn Lợi, Phó Bí thư Tỉnh ủy, dự.')).toEqual([
      'Đoàn Văn Phúc: SECRETARY@Tỉnh ủy Bình Định',
      'Vũ Văn Lợi: DEPUTY_SECRETARY@Tỉnh ủy Bình Định',
    ]);
  });

  it('leaves "Tỉnh ủy" without a place in an article about a centrally-run city', () => {
    const { result } = extractText('Đảng bộ TP Cần Thơ họp. Ông Lê Văn Hậu, Phó Bí thư Tỉnh ủy, dự.');
    expect(describePersons(result)).toEqual(['Lê Văn Hậu: DEPUTY_SECRETARY@Tỉnh ủy']);
  });
});
