/**
 * A deterministic synthetic corpus of Vietnamese news articles about officials, for timing the
 * extractor (`officials bench extract`). Each article is built from templates like the real
 * ones: a meeting with an ordinal and a date, who chaired and who attended with their title
 * chains (abbreviations included: "Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch TT UBND tỉnh"), an
 * election or appointment, a retirement, and paragraphs of socio-economic filler, a few KB in
 * all. The same (seed, index) always gives the same article, whatever else is generated.
 */

export interface SyntheticArticle {
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** The body, NFC with single spaces (no `normalizeVietnamese` change needed). */
  text: string;
  /** Every person named in the text: the chair, a deputy, an appointee, a leaver, then the attendees. */
  persons: string[];
  /** The meeting the article reports, as written in its first sentence. */
  event: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Cao', 'Mai', 'Trịnh', 'Đào', 'Lương', 'Tạ', 'Lâm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Xuân', 'Thanh', 'Hồng', 'Ngọc', 'Hữu', 'Đình', 'Công', 'Tiến', 'Trọng', 'Mạnh', 'Quang', 'Bá', 'Thị Thu', 'Văn Đức', 'Thị Minh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Lan', 'Linh', 'Long', 'Nam', 'Nga', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quý', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Thủy', 'Tuấn', 'Vinh', 'Yến', 'Diện', 'Ký', 'Chung', 'Hạnh'];
const PROVINCES: readonly { name: string; cities: readonly string[] }[] = [
  { name: 'Quảng Ninh', cities: ['Hạ Long', 'Móng Cái', 'Uông Bí', 'Cẩm Phả'] },
  { name: 'Bắc Ninh', cities: ['Bắc Ninh', 'Từ Sơn'] },
  { name: 'Thái Bình', cities: ['Thái Bình'] },
  { name: 'Nghệ An', cities: ['Vinh'] },
  { name: 'Thanh Hóa', cities: ['Thanh Hóa', 'Sầm Sơn'] },
  { name: 'Nam Định', cities: ['Nam Định'] },
  { name: 'Hải Dương', cities: ['Hải Dương', 'Chí Linh'] },
  { name: 'Phú Thọ', cities: ['Việt Trì'] },
  { name: 'Lào Cai', cities: ['Lào Cai'] },
  { name: 'Quảng Bình', cities: ['Đồng Hới'] },
  { name: 'Khánh Hòa', cities: ['Nha Trang', 'Cam Ranh'] },
  { name: 'Lâm Đồng', cities: ['Đà Lạt', 'Bảo Lộc'] },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** Title chains, abbreviations and all; `{city}` is the article's city. */
const TITLES = [
  'Ủy viên BCH TW Đảng',
  'Ủy viên Trung ương Đảng',
  'Bí thư Tỉnh ủy',
  'Phó Bí thư TT Tỉnh ủy',
  'Phó Bí thư Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Phó Chủ tịch TT UBND tỉnh',
  'Chủ tịch HĐND tỉnh',
  'Phó Chủ tịch HĐND tỉnh',
  'Ủy viên BTV Tỉnh ủy',
  'Tỉnh ủy viên',
  'Trưởng ban Tuyên giáo Tỉnh ủy',
  'Trưởng ban Tổ chức Tỉnh ủy',
  'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
  'Chủ tịch Ủy ban MTTQ tỉnh',
  'Trưởng đoàn ĐBQH tỉnh',
  'Giám đốc Sở Tài chính',
  'Giám đốc Sở Nội vụ',
  'Bí thư Thành ủy {city}',
  'Chủ tịch UBND TP {city}',
  'Chủ tịch HĐND TP {city}',
  'Phó Bí thư Thành ủy {city}',
];
const NEW_POSTS = ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Kế hoạch và Đầu tư', 'Chủ tịch UBND TP {city}', 'Bí thư Thành ủy {city}', 'Phó Trưởng ban Tổ chức Tỉnh ủy', 'Chánh Văn phòng UBND tỉnh'];
const FILLER = [
  'Kinh tế của tỉnh tiếp tục tăng trưởng khá, tổng sản phẩm trên địa bàn ước tăng {pct}% so với cùng kỳ năm trước.',
  'Thu ngân sách nhà nước đạt {big} tỷ đồng, bằng {pct}% dự toán được giao.',
  'Công tác giải phóng mặt bằng các dự án trọng điểm được tập trung chỉ đạo quyết liệt, nhiều vướng mắc kéo dài đã được tháo gỡ.',
  'Các địa phương cần chủ động rà soát, hoàn thiện hồ sơ thủ tục đầu tư, không để xảy ra tình trạng chậm giải ngân vốn đầu tư công.',
  'Hoạt động du lịch phục hồi mạnh mẽ, tổng lượt khách ước đạt {big} nghìn lượt, trong đó khách quốc tế tăng {pct}%.',
  'Công tác bảo đảm an sinh xã hội, chăm lo đời sống nhân dân được quan tâm; không có hộ dân nào thiếu đói trong dịp Tết.',
  'Chỉ số cải cách hành chính và chỉ số năng lực cạnh tranh cấp tỉnh tiếp tục được cải thiện, giữ vững vị trí trong nhóm dẫn đầu.',
  'Hội nghị cũng thảo luận, cho ý kiến vào dự thảo nghị quyết về phát triển kết cấu hạ tầng giao thông giai đoạn {y1} - {y2}.',
  'Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; việc sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả được triển khai đồng bộ.',
  'Đại biểu đề nghị tăng cường kiểm tra, giám sát, kiên quyết xử lý các sai phạm trong quản lý đất đai, tài nguyên và khoáng sản.',
  'Tỉnh đã hoàn thành {pct}% kế hoạch xây dựng nông thôn mới nâng cao, nhiều xã đạt chuẩn nông thôn mới kiểu mẫu.',
  'Công tác phòng, chống thiên tai, tìm kiếm cứu nạn được chuẩn bị chu đáo theo phương châm bốn tại chỗ.',
  'Lĩnh vực giáo dục và đào tạo đạt nhiều kết quả tích cực; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {pct}%.',
  'Các sở, ngành cần đẩy mạnh chuyển đổi số, nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình.',
  'Vốn đầu tư trực tiếp nước ngoài thu hút được {big} triệu USD, tập trung vào các khu công nghiệp và khu kinh tế.',
  'Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm; công tác đối ngoại được triển khai hiệu quả.',
];

/** mulberry32: a small, fast, well-spread 32-bit generator. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number, index: number) {
    // Article i's generator depends on (seed, i) only.
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** `count` different items. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0] as T);
    return chosen;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The synthetic article at `index` of the corpus for `seed`. */
export function syntheticArticle(seed: number, index: number): SyntheticArticle {
  const random = new Random(seed, index);
  const province = random.pick(PROVINCES);
  const city = random.pick(province.cities);
  const year = random.int(2015, 2025);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const names = new Set<string>();
  const personCount = random.int(5, 9);
  while (names.size < personCount) names.add(`${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`);
  const persons = [...names];
  const [chair, deputy, appointee, retiree, ...attendees] = persons as [string, string, string, string, ...string[]];
  const title = (template: string) => template.replace('{city}', city);
  const chain = () => random.sample(TITLES, random.int(1, 3)).map(title).join(', ');
  const fill = (sentence: string) =>
    sentence
      .replace('{pct}', `${random.int(1, 99)},${pad(random.int(0, 99))}`)
      .replace('{big}', String(random.int(100, 99_999)))
      .replace('{y1}', String(year))
      .replace('{y2}', String(year + 5));

  const event = random.pick([
    `Hội nghị BCH Đảng bộ tỉnh ${province.name} lần thứ ${random.int(2, 40)}`,
    `Kỳ họp thứ ${random.int(2, 25)} HĐND tỉnh ${province.name} khóa ${random.pick(ROMAN)}`,
    `Hội nghị BCH Đảng bộ TP ${city} lần thứ ${random.int(2, 70)}`,
    `Đại hội đại biểu Đảng bộ tỉnh ${province.name} lần thứ ${random.pick(ROMAN)}`,
  ]);
  const when = random.pick([`Ngày ${day}/${month}`, `Sáng ${day}/${month}/${year}`, `Chiều ${day}-${month}`, `Ngày ${day} tháng ${month} năm ${year}`]);
  const paragraphs: string[] = [
    `${when}, ${event} đã diễn ra tại Hội trường Trung tâm Hội nghị tỉnh. Đồng chí ${chair}, ${chain()} chủ trì hội nghị.`,
    `Dự hội nghị có các đồng chí: ${attendees.map((name) => `${name}, ${chain()}`).join('; ')}.`,
  ];
  const fillerCount = random.int(4, 8);
  for (let p = 0; p < fillerCount; p++) {
    const sentences = random.sample(FILLER, random.int(2, 4)).map(fill);
    paragraphs.push(sentences.join(' '));
    if (p === 1) {
      paragraphs.push(
        random.pick([
          `Tại hội nghị, Ban Thường vụ Tỉnh ủy đã công bố quyết định điều động, bổ nhiệm ông ${appointee}, ${chain()} giữ chức ${title(random.pick(NEW_POSTS))} nhiệm kỳ ${year} - ${year + 5}.`,
          `Với 100% đại biểu có mặt tán thành, HĐND tỉnh đã bầu bà ${appointee}, ${chain()} giữ chức ${title(random.pick(NEW_POSTS))} nhiệm kỳ ${year - 1}-${year + 4}.`,
          `Đồng chí ${appointee}, ${chain()} tái đắc cử chức vụ Bí thư Tỉnh ủy ${province.name} nhiệm kỳ ${year} - ${year + 5}.`,
        ]),
      );
    }
    if (p === 3) {
      paragraphs.push(
        random.pick([
          `Trước đó, các đại biểu đã miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông ${retiree} do nghỉ hưu theo chế độ.`,
          `Hội nghị đã cho thôi giữ chức Phó Bí thư Tỉnh ủy đối với đồng chí ${retiree}, nguyên Chủ tịch HĐND tỉnh, để nhận nhiệm vụ mới.`,
          `Đồng chí ${retiree}, Phó Bí thư Tỉnh ủy ${province.name} đã có đơn xin thôi giữ các chức vụ vào tháng ${month} năm ${year}.`,
        ]),
      );
    }
  }
  paragraphs.push(
    `Phát biểu kết luận hội nghị, đồng chí ${chair} đề nghị các cấp ủy, chính quyền, đồng chí ${deputy}, ${chain()} cùng các sở, ngành tập trung hoàn thành thắng lợi các mục tiêu đề ra.`,
  );
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    text: paragraphs.join('\n\n'),
    persons,
    event,
  };
}

/**
 * `count` synthetic articles for `seed`.
 *
 * @example syntheticCorpus(3, 1).length === 3
 */
export function syntheticCorpus(count: number, seed: number): SyntheticArticle[] {
  return Array.from({ length: count }, (_, index) => syntheticArticle(seed, index));
}
