import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/extraction.js';
import { expectEvidenceInBody, extractText } from './helpers.js';

/** Each event as "date | name | participants with roles", the date ISO or "undated". */
function eventsIn(text: string): string[] {
  const { body, result } = extractText(text);
  expectEvidenceInBody(body, result);
  return result.events.map((event) => `${isoOf(event.date)} | ${event.name} | ${participantsOf(event)}`);
}

function isoOf(date: Extraction['events'][number]['date']): string {
  if (date === null) return 'undated';
  if (date.precision !== 'DAY') return date.text;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function participantsOf(event: Extraction['events'][number]): string {
  return event.participants.map((participant) => `${participant.name}: ${participant.roles.join('+')}`).join('; ');
}

describe('meetings as news reports them', () => {
  it.each([
    [
      'a headline with the month, then the day in the report: the day',
      'UBND tỉnh Lạng Sơn họp phiên thường kỳ tháng 8\nNgày 27-8, UBND tỉnh Lạng Sơn họp phiên thường kỳ tháng 8. Đồng chí Đoàn Văn Minh, Chủ tịch UBND tỉnh chủ trì phiên họp.',
      ['2025-08-27 | Phiên thường kỳ Ủy ban nhân dân tỉnh Lạng Sơn | Đoàn Văn Minh: CHAIRED'],
    ],
    [
      'a ceremony told by its act, then called "hội nghị": one event',
      'Chiều 3/3, Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị điều động ông Trần Đức Lâm, Bí thư Tỉnh ủy Yên Bái, giữ chức Phó Trưởng Ban Tổ chức Trung ương.\nDự hội nghị có ông Phạm Quang Vinh, Phó Trưởng Ban Tổ chức Trung ương.',
      ['2025-03-03 | Hội nghị công bố quyết định của Bộ Chính trị điều động ông Trần Đức Lâm | Phạm Quang Vinh: ATTENDED'],
    ],
    [
      'a working day of a session: the session',
      'Sáng 9/7, tiếp tục ngày làm việc thứ hai của kỳ họp thứ 14 HĐND tỉnh Lạng Sơn khóa XVII, các đại biểu thảo luận tại hội trường.',
      ['2025-07-09 | Kỳ họp thứ 14 Hội đồng nhân dân tỉnh Lạng Sơn | '],
    ],
    [
      'a session a report is submitted to, named twice: no event',
      'Sáng 4/6, Ban Thường vụ Tỉnh ủy Lạng Sơn họp cho ý kiến các nội dung trình kỳ họp thứ 15 - kỳ họp chuyên đề của HĐND tỉnh khóa XVII.',
      ['2025-06-04 | Cuộc họp Ban Thường vụ Tỉnh ủy Lạng Sơn | '],
    ],
    [
      'a rank conferred ("trao quân hàm") on one day and a decision handed over on another: two events, each with its people',
      'Chiều 11/9, Bộ trưởng Bộ Quốc phòng Lê Văn Hùng đã trao quân hàm Thiếu tướng cho Đại tá Đỗ Minh Tuấn.\nTrước đó, ngày 26/6, Thứ trưởng Bộ Quốc phòng Phạm Văn Nam đã trao quyết định cho ông Đỗ Minh Tuấn.',
      [
        '2025-09-11 | Trao quân hàm Thiếu tướng | Lê Văn Hùng: ATTENDED; Đỗ Minh Tuấn: ATTENDED',
        '2025-06-26 | Trao quyết định | Phạm Văn Nam: ATTENDED; Đỗ Minh Tuấn: ATTENDED',
      ],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});

describe('scenes of an article whose year is unknown', () => {
  it('keeps a decision handed over on a day of its own apart from the ceremony told first', () => {
    const text =
      'Chiều 11/9, Bộ trưởng Bộ Quốc phòng Lê Văn Hùng đã trao quân hàm Thiếu tướng cho Đại tá Đỗ Minh Tuấn.\nTrước đó, ngày 26/6, Thứ trưởng Bộ Quốc phòng Phạm Văn Nam đã trao quyết định cho ông Đỗ Minh Tuấn.';
    const { result } = extractText(text, null);
    expect(result.events.map((event) => `${event.name} | ${participantsOf(event)}`)).toEqual([
      'Trao quân hàm Thiếu tướng | Lê Văn Hùng: ATTENDED; Đỗ Minh Tuấn: ATTENDED',
      'Trao quyết định | Phạm Văn Nam: ATTENDED; Đỗ Minh Tuấn: ATTENDED',
    ]);
  });
});

describe('participants as news names them', () => {
  it.each([
    [
      '"A dự, trao quyết định và phát biểu": A took part',
      'Sáng 10/2, Tỉnh ủy Yên Bái tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Ông Hoàng Văn Bình, Phó Trưởng Ban Tổ chức Trung ương dự, trao quyết định và phát biểu giao nhiệm vụ.',
      'Hoàng Văn Bình: ATTENDED',
    ],
    [
      'a receiver called by "ông" and the given name once named in full',
      'Sáng 10/2, Tỉnh ủy Yên Bái tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Theo quyết định, ông Lương Quốc Khánh, Thứ trưởng Bộ Tư pháp, được điều động giữ chức Phó Bí thư Tỉnh ủy. Ông Hoàng Văn Bình, Phó Trưởng Ban Tổ chức Trung ương đã trao quyết định cho ông Khánh.',
      'Hoàng Văn Bình: ATTENDED; Lương Quốc Khánh: ATTENDED',
    ],
    [
      'a given name two people share names no one',
      'Sáng 10/2, Tỉnh ủy Yên Bái tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Theo quyết định, ông Lương Quốc Khánh và ông Đỗ Văn Khánh được điều động. Ông Hoàng Văn Bình, Phó Trưởng Ban Tổ chức Trung ương đã trao quyết định cho ông Khánh.',
      'Hoàng Văn Bình: ATTENDED',
    ],
  ])('%s', (_rule, text, expected) => {
    const [event] = extractText(text).result.events;
    expect(event === undefined ? null : participantsOf(event)).toBe(expected);
  });
});

describe('the body that convened a meeting', () => {
  /** Each event as "date | convening body", the date ISO or "undated". */
  function convenersIn(text: string): string[] {
    const { body, result } = extractText(text);
    expectEvidenceInBody(body, result);
    return result.events.map((event) => `${isoOf(event.date)} | ${event.convenedBy?.name ?? 'no body'}`);
  }

  it.each([
    [
      'a meeting known by its head alone, "do <body> tổ chức" right after it',
      'Chiều 12/3, tại hội nghị do Ban Tổ chức Trung ương tổ chức, quyết định của Bộ Chính trị về công tác cán bộ đã được công bố. Trưởng Ban Tổ chức Trung ương Lê Văn Hùng trao quyết định cho ông Đỗ Minh Tuấn.',
      ['2025-03-12 | Ban Tổ chức Trung ương'],
    ],
    [
      'a ceremony announcing a decision on a post, no organizer named: the body of the post',
      'Sáng 5/3, Lễ công bố quyết định của Bộ Chính trị về nhân sự Bí thư Tỉnh ủy Lạng Sơn được tổ chức tại Hội trường Tỉnh ủy. Dự buổi lễ có ông Lê Văn Hùng, Phó Trưởng Ban Tổ chức Trung ương.',
      ['2025-03-05 | Tỉnh ủy Lạng Sơn'],
    ],
    [
      'the rank of the role ("thường trực") is no body of its own',
      'Sáng 5/3, Hội nghị công bố quyết định của Ban Bí thư về nhân sự Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn được tổ chức tại Hội trường Tỉnh ủy.',
      ['2025-03-05 | Tỉnh ủy Lạng Sơn'],
    ],
    [
      'a ceremony whose organizer is named keeps it',
      'Sáng 5/3, Ban Tổ chức Trung ương tổ chức Hội nghị công bố quyết định của Bộ Chính trị về nhân sự Bí thư Tỉnh ủy Lạng Sơn.',
      ['2025-03-05 | Ban Tổ chức Trung ương'],
    ],
    [
      'a sitting named alone on the day of a body\'s meeting: that body\'s',
      'Ngày 12/3/2025 là ngày làm việc thứ ba của Quốc hội tại Nhà Quốc hội. Buổi sáng, phiên toàn thể tại hội trường do Phó Chủ tịch Quốc hội Lê Văn Hùng điều hành.',
      ['2025-03-12 | Quốc hội', '2025-03-12 | Quốc hội'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(convenersIn(text)).toEqual(expected);
  });
});
