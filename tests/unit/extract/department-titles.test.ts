import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

// Made-up sentences in an article about Phú Yên.
const CONTEXT = 'Đoàn công tác làm việc tại tỉnh Phú Yên. ';

function personsIn(sentence: string): string[] {
  const { body, result } = extractText(CONTEXT + sentence);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

describe('departments of a province named by the bare province', () => {
  it.each([
    ['"Sở Y tế Bình Định"', 'Ông Hồ Văn Lộc, Giám đốc Sở Y tế Bình Định, phát biểu.', ['Hồ Văn Lộc: DIRECTOR@Sở Y tế tỉnh Bình Định']],
    ['"Sở GTVT Hà Nội" (a centrally-run city)', 'Ông Hồ Văn Lộc, Phó Giám đốc Sở GTVT Hà Nội, phát biểu.', ['Hồ Văn Lộc: DEPUTY_DIRECTOR@Sở Giao thông vận tải thành phố Hà Nội']],
    ['a division, then its department after a comma', 'Ông Hồ Văn Lộc, Trưởng phòng Kế hoạch - Tài chính, Sở Y tế Bình Định, phát biểu.', [
      'Hồ Văn Lộc: HEAD_OF_DIVISION@Phòng Kế hoạch - Tài chính, Sở Y tế tỉnh Bình Định',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('still reads a name right after a department', () => {
    expect(personsIn('Giám đốc Sở Tài chính Trần Văn Hòa phát biểu.')).toEqual(['Trần Văn Hòa: DIRECTOR@Sở Tài chính tỉnh Phú Yên']);
  });
});

describe('management boards', () => {
  it.each([
    ['named by what they manage and the province', 'Ông Hồ Văn Lộc, Trưởng Ban Quản lý Khu kinh tế Bình Định, phát biểu.', [
      'Hồ Văn Lộc: HEAD@Ban Quản lý Khu kinh tế Bình Định',
    ]],
    ['the province after a comma', 'Ông Hồ Văn Lộc, Phó Trưởng Ban Quản lý dự án Cảng Vũng Rô, Bình Định, phát biểu.', [
      'Hồ Văn Lộc: DEPUTY_HEAD@Ban Quản lý dự án Cảng Vũng Rô, Bình Định',
    ]],
    ['the name stops where the sentence goes on', 'Ông Hồ Văn Lộc, Trưởng Ban Quản lý các khu công nghiệp được bổ nhiệm lại.', [
      'Hồ Văn Lộc: HEAD@Ban Quản lý các khu công nghiệp',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('goes on with a career list past "cũ"', () => {
    expect(personsIn('Ông Hồ Văn Lộc từng là Bí thư Huyện ủy Tuy An cũ, Trưởng Ban Quản lý Khu kinh tế Bình Định.')).toEqual([
      'Hồ Văn Lộc: former SECRETARY@Huyện ủy Tuy An; former HEAD@Ban Quản lý Khu kinh tế Bình Định',
    ]);
  });
});

describe('branches of a department, and provinces written the way news writes them', () => {
  it.each([
    ['"Chi cục trưởng Chi cục … thuộc Sở …": the branch of the department, not a "Cục"', 'Ông Hồ Văn Lộc, Chi cục trưởng Chi cục Thủy lợi thuộc Sở Nông nghiệp và Phát triển nông thôn, phát biểu.', [
      'Hồ Văn Lộc: BRANCH_DIRECTOR@Chi cục Thủy lợi, Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên',
    ]],
    ['"Phó Chi cục trưởng Chi cục … tỉnh …"', 'Bà Trần Thị Lan, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Phú Yên, phát biểu.', [
      'Trần Thị Lan: DEPUTY_BRANCH_DIRECTOR@Chi cục Kiểm lâm tỉnh Phú Yên',
    ]],
    ['a province written with a dash is read whole', 'Ông Hồ Văn Lộc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu, phát biểu.', [
      'Hồ Văn Lộc: COMMANDER@Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu',
    ]],
    ['"HDND" typed without the stroke is the council', 'Bà Trần Thị Lan, Phó Chủ tịch Thường trực HDND tỉnh, phát biểu.', [
      'Trần Thị Lan: STANDING_VICE_CHAIR@Hội đồng nhân dân tỉnh Phú Yên',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});

describe('a standing committee seat named without its committee', () => {
  it.each([
    ['is of the Party committee the next title names', 'Ông Hồ Văn Lộc, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu.', [
      'Hồ Văn Lộc: STANDING_COMMITTEE_MEMBER@Tỉnh ủy Phú Yên; HEAD@Ban Tổ chức Tỉnh ủy Phú Yên',
    ]],
    ['also a city\'s committee, through its inspection commission', 'Bà Trần Thị Lan, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Thành ủy Tuy Hòa, dự.', [
      'Trần Thị Lan: STANDING_COMMITTEE_MEMBER@Thành ủy Tuy Hòa; CHAIRMAN_OF_COMMISSION@Ủy ban Kiểm tra Thành ủy Tuy Hòa',
    ]],
    ['stays unknown before a state post', 'Ông Lê Văn Tâm, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh, dự.', [
      'Lê Văn Tâm: STANDING_COMMITTEE_MEMBER@-; VICE_CHAIR@Ủy ban nhân dân tỉnh Phú Yên',
    ]],
  ])('%s', (_rule, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });
});
