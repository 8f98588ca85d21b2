import { describe, expect, it } from 'vitest';
import { changesToldIn, extractText, type ToldChange } from './helpers.js';

const CONTEXT = 'Tỉnh ủy Hà Giang tổ chức hội nghị công bố quyết định về công tác cán bộ. ';

describe('changes told in decisions as real news words them', () => {
  it.each<[string, string, ToldChange[]]>([
    ['an item after ";" belongs to the decision that opened the list, not to the verb of the item before', 'Bộ Chính trị quyết định điều động, phân công, chỉ định: ông Hoàng Văn Minh, Phó Bí thư Tỉnh ủy Yên Bái, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Hà Giang; giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh Hà Giang; Đại tá Lục Văn Thành, Cục trưởng Cục Cảnh sát giao thông (Bộ Công an), tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Thường trực Tỉnh ủy Hà Giang.', [
      ['ELECTED', 'Hoàng Văn Minh'],
      ['TRANSFERRED', 'Hoàng Văn Minh'],
      ['TRANSFERRED', 'Lục Văn Thành'],
    ]],
    ['each item of a relief keeps the relief, whatever the reason of the item before', 'Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hà Giang đối với: ông Nông Văn Tú, để nghỉ hưu theo chế độ; ông Vàng Seo Lử để nhận nhiệm vụ mới.', [
      ['RELIEVED', 'Vàng Seo Lử'],
      ['RETIRED', 'Nông Văn Tú'],
    ]],
    ['a post left, then ";" and the verbs of the post taken: one subject', 'Ban Bí thư quyết định ông Lý Văn Hùng, Phó Bí thư Tỉnh ủy Tuyên Quang, thôi tham gia Ban Chấp hành, thôi giữ chức Phó Bí thư Tỉnh ủy Tuyên Quang; điều động, chỉ định giữ chức Phó Bí thư Tỉnh ủy Hà Giang.', [
      ['RELIEVED', 'Lý Văn Hùng'],
      ['TRANSFERRED', 'Lý Văn Hùng'],
    ]],
    ['"do được điều động nhận nhiệm vụ mới" is why a post is left, no post taken', 'HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Ma Văn Đức do được điều động, phân công nhận nhiệm vụ mới.', [
      ['RELIEVED', 'Ma Văn Đức'],
    ]],
    ['"giao quyền Chủ tịch": the acting post is given', 'Thủ tướng quyết định giao quyền Chủ tịch UBND tỉnh Hà Giang đối với ông Ma Văn Đức, Phó Chủ tịch Thường trực UBND tỉnh.', [
      ['APPOINTED', 'Ma Văn Đức'],
    ]],
    ['leaving duty before the age for a pension is a retirement', 'Bà Hoàng Thị Lan, Phó Chủ tịch UBND tỉnh, nghỉ công tác trước tuổi để hưởng chế độ, chính sách.', [
      ['RETIRED', 'Hoàng Thị Lan'],
    ]],
    ['leaving duty with no pension stated is a relief', 'Ông Ma Văn Đức, Giám đốc Sở Y tế, nghỉ công tác từ ngày 1/7.', [
      ['RELIEVED', 'Ma Văn Đức'],
    ]],
  ])('%s', (_case, text, expected) => {
    expect(changesToldIn(CONTEXT, text)).toEqual(expected);
  });

  it.each<[string, string, ToldChange[]]>([
    ['a district secretary designated to the ward of the same name moves to another body', 'Bà Lò Thị Mai, Bí thư Quận ủy Hồng Bàng, được chỉ định giữ chức Bí thư Đảng ủy phường Hồng Bàng.', [
      ['TRANSFERRED', 'Lò Thị Mai'],
    ]],
    ['"tân" with a decision handed over is a designation', 'Ông Lê Văn Tâm trao quyết định và tặng hoa tân Bí thư Tỉnh ủy Hà Giang Hầu Văn Lý.', [
      ['APPOINTED', 'Hầu Văn Lý'],
    ]],
    ['"tân" with a decision approving an election stays an election', 'Ông Lê Văn Tâm trao quyết định chuẩn y cho tân Bí thư Tỉnh ủy Hà Giang Hầu Văn Lý.', [
      ['ELECTED', 'Hầu Văn Lý'],
    ]],
    ['who signs the approval of an election takes no post', 'Phó Thủ tướng Chính phủ Trần Văn Sơn đã ký các quyết định phê chuẩn kết quả bầu, miễn nhiệm chức vụ Chủ tịch Ủy ban nhân dân 3 tỉnh nhiệm kỳ 2021-2026.', []],
    ['"tiếp nhận, bổ nhiệm": received from another body, a transfer', 'Thủ tướng trao quyết định tiếp nhận, bổ nhiệm ông Hầu Văn Lý, Phó Bí thư Tỉnh ủy Hà Giang, giữ chức Thứ trưởng Bộ Nội vụ.', [
      ['TRANSFERRED', 'Hầu Văn Lý'],
    ]],
    ['"tiếp nhận" alone tells no change', 'Ông Hầu Văn Lý, Giám đốc Sở Nội vụ, tiếp nhận hồ sơ của các địa phương.', []],
    ['staff counted before the verb, their names and posts in the next sentences', 'Ngoài ra, 2 nhân sự khác được điều động, bổ nhiệm. Đó là ông Hầu Văn Lý, Phó Bí thư Tỉnh ủy Hà Giang, giữ chức Thứ trưởng Bộ Y tế. Ông Lò Văn Pản, Thứ trưởng Bộ Tư pháp, giữ chức Thứ trưởng Bộ Nội vụ.', [
      ['TRANSFERRED', 'Hầu Văn Lý'],
      ['TRANSFERRED', 'Lò Văn Pản'],
    ]],
    ['staff let go unnamed, then listed after "có" and "là" over several sentences', 'Lãnh đạo UBND tỉnh trao quyết định cho 12 cán bộ nghỉ hưu trước tuổi từ ngày 1/9. Trước khi nghỉ, họ công tác ở nhiều sở, ngành. Ở khối sở có bà Lò Thị Mai, Phó Giám đốc Sở Y tế; ông Hầu Văn Lý, Phó Giám đốc Sở Tài chính. Ở khối huyện có ông Lò Văn Pản, Phó Chủ tịch UBND huyện Vị Xuyên.', [
      ['RETIRED', 'Hầu Văn Lý'],
      ['RETIRED', 'Lò Thị Mai'],
      ['RETIRED', 'Lò Văn Pản'],
    ]],
    ['those attending a retirement ceremony do not retire', 'Sáng 8/9, UBND tỉnh trao quyết định nghỉ hưu trước tuổi cho cán bộ. Dự buổi lễ có ông Hầu Văn Lý, Phó Chủ tịch UBND tỉnh; bà Lò Thị Mai, Giám đốc Sở Nội vụ.', []],
    ['people listed after an appointment told of nobody keep their posts', 'Tỉnh ủy trao quyết định bổ nhiệm cán bộ. Dự buổi lễ có ông Hầu Văn Lý, Phó Bí thư Tỉnh ủy.', []],
    ['"bầu Chủ tịch mới" names no new holder, and "sẽ" holds across "và"', 'HĐND tỉnh sẽ miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Hầu Văn Lý và bầu Chủ tịch UBND tỉnh mới.', [
      ['RELIEVED', 'Hầu Văn Lý'],
    ]],
  ])('%s', (_case, text, expected) => {
    expect(changesToldIn(CONTEXT, text)).toEqual(expected);
  });

  it('a relief planned with "sẽ" is planned, and so is the election joined to it by "và"', () => {
    const { result } = extractText(CONTEXT + 'Quốc hội sẽ miễn nhiệm ông Hầu Văn Lý và bầu ông Lò Văn Pản giữ chức Phó Chủ tịch Quốc hội.');
    expect(result.changes.map((change) => [change.kind, change.person, change.planned])).toEqual([
      ['RELIEVED', 'Hầu Văn Lý', true],
      ['ELECTED', 'Lò Văn Pản', true],
    ]);
  });

  it('the acting post is the post taken', () => {
    const { result } = extractText(CONTEXT + 'Ông Ma Văn Đức được giao quyền Chủ tịch UBND tỉnh Hà Giang.');
    expect(result.changes.map((change) => [change.title?.role, change.title?.body?.name])).toEqual([['ACTING_CHAIR', 'Ủy ban nhân dân tỉnh Hà Giang']]);
  });
});
