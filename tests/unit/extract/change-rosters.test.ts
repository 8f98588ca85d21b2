import { describe, expect, it } from 'vitest';
import { changesToldIn, type ToldChange } from './helpers.js';

const CONTEXT = 'Tỉnh Lai Châu tổ chức đại hội. ';

type Told = ToldChange;

const changesIn = (text: string): Told[] => changesToldIn(CONTEXT, text);

describe('a roster of people for posts a decision names without naming anyone', () => {
  it.each<[string, string, Told[]]>([
    [
      'listed after "gồm các đồng chí:"',
      'Đại hội nghe công bố quyết định của Bộ Chính trị chỉ định Bí thư, các Phó Bí thư Tỉnh ủy Lai Châu nhiệm kỳ 2025-2030. ' +
        'Đồng chí Lê Văn Hà được chỉ định giữ chức Bí thư Tỉnh ủy. Các Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030 gồm các đồng chí: Hà Văn Sơn, Lương Bá Tuấn, Đinh Văn Minh.',
      [['APPOINTED', 'Đinh Văn Minh'], ['APPOINTED', 'Hà Văn Sơn'], ['APPOINTED', 'Lê Văn Hà'], ['APPOINTED', 'Lương Bá Tuấn']],
    ],
    [
      'counted, each with their own titles after a semicolon',
      'Ban Bí thư đã chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư và các Phó Bí thư Tỉnh ủy Lai Châu. ' +
        '3 Phó Bí thư Tỉnh ủy gồm: ông Hà Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy; ông Lương Bá Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Đinh Văn Minh, Phó Bí thư Tỉnh ủy.',
      [['APPOINTED', 'Đinh Văn Minh'], ['APPOINTED', 'Hà Văn Sơn'], ['APPOINTED', 'Lương Bá Tuấn']],
    ],
    [
      'one post "là" its holder, then the others "khác là"',
      'Bộ Chính trị vừa chỉ định Bí thư, các Phó Bí thư Tỉnh ủy Lai Châu. ' +
        'Phó Bí thư Thường trực Tỉnh ủy Lai Châu là ông Hà Văn Sơn (54 tuổi, quê Phong Thổ). Hai Phó Bí thư Tỉnh ủy Lai Châu khác là các ông Lương Bá Tuấn, Đinh Văn Minh.',
      [['APPOINTED', 'Đinh Văn Minh'], ['APPOINTED', 'Hà Văn Sơn'], ['APPOINTED', 'Lương Bá Tuấn']],
    ],
    [
      'a planned relief, the names in the next sentence',
      'Ủy ban Thường vụ Quốc hội đã trình miễn nhiệm đối với 2 Phó Chủ tịch Quốc hội. Hai Phó Chủ tịch Quốc hội có tên trong tờ trình là ông Lương Bá Tuấn và bà Lò Thị Hoa.',
      [['RELIEVED', 'Lò Thị Hoa'], ['RELIEVED', 'Lương Bá Tuấn']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });

  it.each<[string, string, Told[]]>([
    [
      'a list of the holders of another post',
      'HĐND tỉnh bầu ông Lê Văn Hà giữ chức Chủ tịch UBND tỉnh. Các Phó Chủ tịch UBND tỉnh gồm các ông Hà Văn Sơn, Lương Bá Tuấn.',
      [['ELECTED', 'Lê Văn Hà']],
    ],
    [
      'the present holders of an announced post',
      'HĐND tỉnh bầu bổ sung Phó Chủ tịch UBND tỉnh. Các Phó Chủ tịch UBND tỉnh hiện nay gồm các ông Hà Văn Sơn, Lương Bá Tuấn.',
      [],
    ],
    [
      'a list that is not what the sentence is about',
      'HĐND tỉnh bầu bổ sung Phó Chủ tịch UBND tỉnh. Sau kỳ họp, các Phó Chủ tịch UBND tỉnh gồm các ông Hà Văn Sơn, Lương Bá Tuấn.',
      [],
    ],
  ])('tells no change for %s', (_case, text, expected) => {
    expect(changesIn(text)).toEqual(expected);
  });
});

describe('lists a change verb introduces', () => {
  it('reads every person of a list with parenthesised posts', () => {
    expect(changesIn('Ba Phó Bí thư Tỉnh ủy Lai Châu được chỉ định là: bà Lò Thị Hoa (Phó Bí thư Thường trực), ông Hà Văn Sơn (Chủ tịch UBND tỉnh) và ông Lương Bá Tuấn (Chủ tịch HĐND tỉnh).')).toEqual([
      ['APPOINTED', 'Hà Văn Sơn'],
      ['APPOINTED', 'Lò Thị Hoa'],
      ['APPOINTED', 'Lương Bá Tuấn'],
    ]);
  });

  it('reads the first person of each bulleted line after "gồm:"', () => {
    const text = 'Các Ủy viên Bộ Chính trị được Bộ Chính trị phân công tham gia Ban Bí thư gồm:\n\n- Trưởng Ban Tổ chức Trung ương Lê Văn Hà.\n- Chánh Văn phòng Trung ương Đảng Hà Văn Sơn, Bí thư Đảng ủy các cơ quan Đảng Trung ương.\n\nHội nghị kết thúc.';
    expect(changesIn(text)).toEqual([
      ['APPOINTED', 'Hà Văn Sơn'],
      ['APPOINTED', 'Lê Văn Hà'],
    ]);
  });
});
