import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../../src/domain/extraction.js';
import { changesToldIn, extractText, type ToldChange } from './helpers.js';

const CONTEXT = 'Tỉnh Lai Châu tổ chức kỳ họp. ';

type Told = ToldChange;

const changesIn = (text: string): Told[] => changesToldIn(CONTEXT, text);

describe('who a change is told of', () => {
  it.each<[string, string, Told[]]>([
    [
      'people named after "giữ chức" right after a decision that named no one',
      'Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy về chỉ định Ban Chấp hành và các chức danh chủ chốt của Đảng bộ xã. ' +
        'Theo đó, bà Lò Thị Hoa giữ chức Bí thư Đảng ủy xã, Chủ tịch HĐND xã; ông Hà Văn Sơn giữ chức Phó Bí thư Thường trực Đảng ủy xã.',
      [['APPOINTED', 'Hà Văn Sơn'], ['APPOINTED', 'Lò Thị Hoa']],
    ],
    [
      'the subject of "thôi giữ chức <post>, nghỉ hưu": one retirement',
      'Bộ Chính trị đồng ý để ông Lò Văn Mừng thôi giữ chức Bí thư Tỉnh ủy Lai Châu, nghỉ hưu theo chế độ.',
      [['RETIRED', 'Lò Văn Mừng']],
    ],
    [
      'every person after "đối với", sharing the post named before them',
      'Quốc hội biểu quyết miễn nhiệm chức Phó Chủ tịch Quốc hội đối với ông Hà Văn Sơn, ông Lương Bá Tuấn.',
      [['RELIEVED', 'Hà Văn Sơn'], ['RELIEVED', 'Lương Bá Tuấn']],
    ],
    [
      'a list after a colon whose items, split by semicolons, carry descriptions',
      'Cũng nghỉ hưu từ ngày 1/6 có lãnh đạo hai doanh nghiệp: ông Hà Văn Sơn, người đứng đầu Công ty Xi măng Lai Châu; và ông Lương Bá Tuấn, người đứng đầu Công ty Cao su Lai Châu.',
      [['RETIRED', 'Hà Văn Sơn'], ['RETIRED', 'Lương Bá Tuấn']],
    ],
    [
      'not a body named after the title of its head',
      'Bộ trưởng Bộ Tài chính ký quyết định bổ nhiệm ông Hà Văn Sơn, Phó Cục trưởng Cục Thuế, giữ chức Cục trưởng Cục Thuế.',
      [['APPOINTED', 'Hà Văn Sơn']],
    ],
    [
      'not the speaker asking for appointments to be made by the rules',
      'Phát biểu tại hội nghị, ông Hà Văn Sơn, Bí thư Tỉnh ủy, yêu cầu việc bổ nhiệm cán bộ phải đúng quy trình.',
      [],
    ],
    [
      'only the person a relative clause ("người vừa được bổ nhiệm") follows',
      'Đến dự có ông Hà Văn Sơn, Phó Chủ tịch UBND tỉnh; ông Lương Bá Tuấn, Giám đốc Sở Nội vụ, người vừa được bổ nhiệm hồi tháng 8.',
      [['APPOINTED', 'Lương Bá Tuấn']],
    ],
    [
      'a promotion ("được đề bạt")',
      'Ông Hà Văn Sơn được đề bạt làm Phó Giám đốc Sở Tài chính.',
      [['APPOINTED', 'Hà Văn Sơn']],
    ],
    [
      'not a career told after a decision that named no one',
      'Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ. Trước đó, ông Hà Văn Sơn giữ chức Phó Chủ tịch UBND tỉnh.',
      [],
    ],
    [
      'not the official congratulating those elected',
      'HĐND tỉnh bầu ông Hà Văn Sơn giữ chức Phó Chủ tịch UBND tỉnh. Bí thư Tỉnh ủy Lê Văn Hà chúc mừng những người vừa được bầu giữ chức danh Phó Chủ tịch UBND tỉnh, Ủy viên UBND tỉnh.',
      [['ELECTED', 'Hà Văn Sơn']],
    ],
    [
      'not the official who signed the decision ("được … ký ban hành")',
      'Các quyết định bổ nhiệm trợ lý cho Thủ tướng Chính phủ đã được Phó Thủ tướng Thường trực Lê Văn Hà ký ban hành.',
      [],
    ],
    [
      'not people appointed long before ("từ trước")',
      'Bộ Quốc phòng có thêm hai Thứ trưởng. Bốn người được bổ nhiệm Thứ trưởng từ trước gồm: Thượng tướng Hà Văn Sơn; Thượng tướng Lương Bá Tuấn.',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });

  it('leaves only the post before "để": the one after is taken up', () => {
    const { result } = extractText(CONTEXT + 'Ông Hà Văn Sơn thôi giữ chức Phó Chủ tịch UBND huyện Tam Đường để nhận nhiệm vụ mới là Phó Giám đốc Sở Nội vụ.');
    expect(result.changes.map((change) => [change.kind, change.person, change.title?.asWritten ?? null])).toEqual([['RELIEVED', 'Hà Văn Sơn', 'Phó Chủ tịch UBND huyện Tam Đường']]);
  });

  it('does not retire someone from a post given as former ("nguyên")', () => {
    const { result } = extractText(CONTEXT + 'HĐND tỉnh miễn nhiệm chức vụ Trưởng ban Dân tộc HĐND tỉnh đối với ông Hà Văn Sơn - nguyên Trưởng Ban Dân vận Tỉnh ủy, do nghỉ chế độ.');
    expect(result.changes.map((change) => [change.kind, change.person, change.title?.asWritten ?? null])).toEqual([['RETIRED', 'Hà Văn Sơn', 'Trưởng ban Dân tộc HĐND tỉnh']]);
  });
});

describe('assistants and secretaries moved to another leader', () => {
  it.each<[string, string, ChangeKind]>([
    ['to a leader of another body: a transfer', 'Ban Bí thư bổ nhiệm ông Hà Văn Sơn, Trợ lý Bộ trưởng Bộ Công an, làm Trợ lý Tổng Bí thư.', 'TRANSFERRED'],
    ['from the post held "khi đang là"', 'Tháng 7/2018, khi đang là Phó Chủ tịch UBND tỉnh Lai Châu, ông Hà Văn Sơn được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ.', 'TRANSFERRED'],
    ['from the aide post, not the last title held', 'Thủ tướng bổ nhiệm ông Hà Văn Sơn, Thư ký Bộ trưởng Bộ Tài chính, Phó Vụ trưởng, làm Thư ký Phó Thủ tướng Chính phủ.', 'TRANSFERRED'],
    ['to another leader of the same body: an appointment', 'Thủ tướng bổ nhiệm ông Hà Văn Sơn, Thư ký Phó Thủ tướng Chính phủ, làm Trợ lý Phó Thủ tướng Chính phủ.', 'APPOINTED'],
  ])('%s', (_case, sentence, kind) => {
    expect(changesIn(sentence)).toEqual([[kind, 'Hà Văn Sơn']]);
  });
});

describe('approvals and new holders', () => {
  it.each<[string, string, Told[]]>([
    ['"được phê chuẩn giữ chức" of an elected post is the election', 'Ông Lò Văn Tiến được phê chuẩn giữ chức Phó Chủ tịch UBND tỉnh Lai Châu.', [['ELECTED', 'Lò Văn Tiến']]],
    ['"phê chuẩn bổ nhiệm" is the appointment', 'Quốc hội phê chuẩn bổ nhiệm ông Hà Văn Sơn giữ chức Bộ trưởng Bộ Tài chính.', [['APPOINTED', 'Hà Văn Sơn']]],
    ['"phê chuẩn việc miễn nhiệm" is the relief', 'Quốc hội phê chuẩn việc miễn nhiệm ông Hà Văn Sơn khỏi chức vụ Bộ trưởng Bộ Tài chính.', [['RELIEVED', 'Hà Văn Sơn']]],
    ['"tân" before an elected post and a name: the election', 'Tân Chủ tịch UBND tỉnh Lai Châu Hà Văn Sơn phát biểu nhận nhiệm vụ.', [['ELECTED', 'Hà Văn Sơn']]],
    ['"tân" before an appointed post and a name: the appointment', 'Tân Giám đốc Sở Y tế tỉnh Lai Châu là ông Hà Văn Sơn.', [['APPOINTED', 'Hà Văn Sơn']]],
    ['"tân" for a person whose change is told: nothing more', 'Ông Hà Văn Sơn được bổ nhiệm giữ chức Giám đốc Sở Y tế. Tân Giám đốc Sở Y tế Hà Văn Sơn phát biểu.', [['APPOINTED', 'Hà Văn Sơn']]],
    [
      'each post given to the list it follows',
      'Ban Chấp hành đã bầu đồng chí Hà Văn Sơn giữ chức Bí thư Tỉnh ủy; các đồng chí Lương Bá Tuấn, Lò Thị Hoa giữ chức Phó Bí thư Tỉnh ủy.',
      [['ELECTED', 'Hà Văn Sơn'], ['ELECTED', 'Lò Thị Hoa'], ['ELECTED', 'Lương Bá Tuấn']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });
});

describe('verbs of leaving and staying', () => {
  it.each<[string, string, Told[]]>([
    ['"xin nghỉ việc" is a resignation', 'HĐND tỉnh miễn nhiệm ông Hà Văn Sơn, Phó Chủ tịch UBND tỉnh, do xin nghỉ việc theo nguyện vọng cá nhân.', [['RESIGNED', 'Hà Văn Sơn']]],
    ['"thôi giữ chức theo nguyện vọng cá nhân" is a resignation', 'Bộ Chính trị đồng ý để ông Hà Văn Sơn thôi giữ chức Bí thư Tỉnh ủy Lai Châu theo nguyện vọng cá nhân.', [['RESIGNED', 'Hà Văn Sơn']]],
    ['"nghỉ công tác" with no retirement is a relief', 'Thủ tướng quyết định để Trung tướng Hà Văn Sơn, Chính ủy Quân khu 2, nghỉ công tác.', [['RELIEVED', 'Hà Văn Sơn']]],
    [
      '"thôi giữ chức <post>, nghỉ công tác": leaving the post and all duty is retiring',
      'Thủ tướng quyết định Trung tướng Hà Văn Sơn, Ủy viên Ban Chấp hành Trung ương Đảng, thôi giữ chức Thứ trưởng Bộ Công an, nghỉ công tác từ ngày 1/7/2025.',
      [['RETIRED', 'Hà Văn Sơn']],
    ],
    [
      '"tiếp tục được tín nhiệm bầu" is a re-election',
      'Ông Hà Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy khóa XIV, tiếp tục được tín nhiệm bầu giữ chức Phó Bí thư Tỉnh ủy khóa XV.',
      [['RE_ELECTED', 'Hà Văn Sơn']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });
});

describe('words that only look like a change', () => {
  it.each<[string, string, Told[]]>([
    ['"phiếu bầu" is a ballot, "thay cho" names the one replaced', 'Ông Hà Văn Sơn được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh với tỷ lệ phiếu bầu 100%, thay cho ông Lương Bá Tuấn.', [['ELECTED', 'Hà Văn Sơn']]],
    ['"tư cách chức vụ" is no dismissal', 'Ông Hà Văn Sơn bị kỷ luật bằng hình thức xóa tư cách chức vụ Chủ tịch UBND tỉnh.', []],
    ['"thời điểm nghỉ hưu" is no retirement', 'Ông Hà Văn Sơn được kéo dài thời gian giữ chức Giám đốc Công an tỉnh cho đến thời điểm nghỉ hưu theo quy định.', []],
    ['the official who appoints is not appointed', 'Thủ tướng Lê Văn Hà bổ nhiệm lại ông Hà Văn Sơn giữ chức Thứ trưởng Bộ Công an.', [['APPOINTED', 'Hà Văn Sơn']]],
    ['"Với việc bổ nhiệm" refers to a change told before', 'Ông Hà Văn Sơn được bổ nhiệm giữ chức Chánh Văn phòng UBND tỉnh. Với việc bổ nhiệm ông Hà Văn Sơn, ông Lương Bá Tuấn sẽ nhận nhiệm vụ khác.', [['APPOINTED', 'Hà Văn Sơn']]],
  ])('%s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });

  it('tells one change for one post taken up, the most specific', () => {
    expect(changesIn('Bộ Chính trị điều động ông Hà Văn Sơn, Bí thư Tỉnh ủy Lai Châu, giữ chức Phó Bí thư Thường trực Đảng ủy Quốc hội. Ông Hà Văn Sơn được chỉ định giữ chức Phó Bí thư Thường trực Đảng ủy Quốc hội.')).toEqual([
      ['TRANSFERRED', 'Hà Văn Sơn'],
    ]);
  });
});

describe('the post a second verb of leaving leaves', () => {
  it('is the post the first verb left, not a seat the person keeps', () => {
    const { result } = extractText(CONTEXT + 'Thủ tướng quyết định hai Thiếu tướng, Ủy viên Ban Chấp hành Trung ương Đảng: Hà Văn Sơn và Lương Bá Tuấn thôi giữ chức Thứ trưởng Bộ Công an, nghỉ công tác từ ngày 1/7/2025.');
    expect(result.changes.map((change) => `${change.kind} ${change.person} ${change.title?.role ?? '-'}@${change.title?.body?.name ?? '-'}`)).toEqual([
      'RETIRED Hà Văn Sơn DEPUTY_MINISTER@Bộ Công an',
      'RETIRED Lương Bá Tuấn DEPUTY_MINISTER@Bộ Công an',
    ]);
  });
});
