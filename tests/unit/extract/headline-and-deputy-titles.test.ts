import { describe, expect, it } from 'vitest';
import { describePersons, expectEvidenceInBody, extractText } from './helpers.js';

function personsIn(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return describePersons(result);
}

function titlesOf(text: string, name: string): string[] {
  const { result } = extractText(text);
  return result.persons.find((person) => person.name === name)?.titles.map((title) => title.asWritten) ?? [];
}

describe('"Phó ban" is a deputy head', () => {
  it.each([
    ['"Phó Ban" with the commission after it', 'Đoàn công tác làm việc tại tỉnh Phú Yên. Ông Hồ Văn Lộc, Phó Ban Dân vận Tỉnh ủy, phát biểu.', [
      'Hồ Văn Lộc: DEPUTY_HEAD@Ban Dân vận Tỉnh ủy Phú Yên',
    ]],
    ['counted "Phó ban" shared by a list, a bare role in brackets keeps its body', 'Lãnh đạo Ban Kinh tế Trung ương gồm Trưởng ban Trần Minh Tâm và 3 Phó ban là các ông, bà: Lý Văn Hòa (Phó Trưởng ban Thường trực), Đào Thị Yến và Triệu Văn Sơn.', [
      'Trần Minh Tâm: HEAD@Ban Kinh tế Trung ương',
      'Lý Văn Hòa: STANDING_DEPUTY_HEAD@Ban Kinh tế Trung ương',
      'Đào Thị Yến: DEPUTY_HEAD@Ban Kinh tế Trung ương',
      'Triệu Văn Sơn: DEPUTY_HEAD@Ban Kinh tế Trung ương',
    ]],
  ])('%s', (_rule, text, expected) => {
    expect(personsIn(text)).toEqual(expected);
  });

  it('never reads "Ban" alone as a title', () => {
    expect(personsIn('Ban Dân vận Tỉnh ủy Phú Yên Trần Văn Hòa tổ chức hội nghị.')).toEqual([]);
  });
});

describe('"UVTW Đảng", "UVT.Ư" are members of the Central Committee', () => {
  it.each([
    ['UVTW Đảng', 'Chủ trì hội nghị là đồng chí Lò Thị Mai, UVTW Đảng, Bí thư Tỉnh ủy Sơn La.'],
    ['UVT.Ư', 'Chủ trì hội nghị là đồng chí Lò Thị Mai, UVT.Ư, Bí thư Tỉnh ủy Sơn La.'],
  ])('%s', (_rule, text) => {
    expect(personsIn(text)).toEqual(['Lò Thị Mai: MEMBER@Ban Chấp hành Trung ương Đảng; SECRETARY@Tỉnh ủy Sơn La']);
  });
});

describe('a post taken up through "nhận công tác"', () => {
  it('links the title to the subject', () => {
    expect(personsIn('Đoàn công tác làm việc tại tỉnh Phú Yên. Ông Hồ Văn Lộc đã nhận công tác Trưởng ban Tổ chức Tỉnh ủy.')).toEqual([
      'Hồ Văn Lộc: HEAD@Ban Tổ chức Tỉnh ủy Phú Yên',
    ]);
  });
});

describe('a counted headline title counts for the people it refers to', () => {
  const ELECTION = [
    'Gia Lai bầu bổ sung 2 Phó Chủ tịch UBND tỉnh',
    '',
    'Sáng 10/6, HĐND tỉnh Gia Lai tổ chức kỳ họp chuyên đề. HĐND tỉnh đã miễn nhiệm chức danh Phó Chủ tịch Ủy ban nhân dân tỉnh đối với ông Đinh Văn Khải để nghỉ hưu.',
    'Với đa số phiếu tán thành, HĐND tỉnh đã bầu ông Rơ Văn Thắm, Giám đốc Sở Tài chính, và ông Kpă Văn Tú, Giám đốc Sở Xây dựng, giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai.',
    // Named twice: still one of the two.
    'Ông Rơ Văn Thắm, Phó Chủ tịch Ủy ban nhân dân tỉnh, phát biểu nhận nhiệm vụ.',
  ].join('\n');

  it('gives it to the two elected, not to the one relieved', () => {
    expect(titlesOf(ELECTION, 'Rơ Văn Thắm')).toContain('Phó Chủ tịch UBND tỉnh');
    expect(titlesOf(ELECTION, 'Kpă Văn Tú')).toContain('Phó Chủ tịch UBND tỉnh');
    expect(titlesOf(ELECTION, 'Đinh Văn Khải')).not.toContain('Phó Chủ tịch UBND tỉnh');
  });

  it('gives "các" titles to no one', () => {
    const text = ELECTION.replace('bầu bổ sung 2 Phó', 'bầu bổ sung các Phó');
    expect(titlesOf(text, 'Rơ Văn Thắm')).not.toContain('Phó Chủ tịch UBND tỉnh');
  });
});

describe('an uncounted headline title counts for the one person the article gives that post', () => {
  const MOVE = [
    'Chủ tịch Gia Lai làm Phó Chủ nhiệm Ủy ban Kinh tế',
    '',
    'Ông Rơ Văn Thắm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai, vừa được phê chuẩn làm Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội.',
  ].join('\n');

  it('gives "Chủ tịch <province>" to the chair of that province\'s People\'s Committee', () => {
    expect(titlesOf(MOVE, 'Rơ Văn Thắm')).toContain('Chủ tịch Gia Lai');
  });

  it('gives a deputy headline title to the standing deputy of the same body', () => {
    const text = MOVE.replace('Chủ tịch Gia Lai làm', 'Phó Chủ tịch Gia Lai làm').replace('Chủ tịch UBND tỉnh Gia Lai', 'Phó Chủ tịch Thường trực UBND tỉnh Gia Lai');
    expect(titlesOf(text, 'Rơ Văn Thắm')).toContain('Phó Chủ tịch Gia Lai');
    // The post stays the one the article gives: no second, plain vice chair.
    const roles = extractText(text).result.persons.find((person) => person.name === 'Rơ Văn Thắm')?.titles.map((title) => title.role);
    expect(roles).not.toContain('VICE_CHAIR');
  });

  it('gives it to no one when two people hold that post', () => {
    const text = `${MOVE}\nTrước đó, ông Kpă Văn Tú, Chủ tịch UBND tỉnh Gia Lai, đã nghỉ hưu.`;
    expect(titlesOf(text, 'Rơ Văn Thắm')).not.toContain('Chủ tịch Gia Lai');
  });
});
