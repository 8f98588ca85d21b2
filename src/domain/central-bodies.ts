import type { OrganizationKind } from './organization.js';

/**
 * The bodies of the central level, as one table: the Party's Central Committee and its
 * boards, the State, the National Assembly and its committees, the Government and its
 * ministries, the courts and procuracy, the Fatherland Front and mass organisations, the army
 * and the police. Each has its canonical Vietnamese name (no abbreviations, as an annotator
 * writes it), an English name, and the other ways news writes it: shorter forms, abbreviations
 * ("Bộ GD-ĐT", "UBKT Trung ương") and names a merged body was known by before.
 *
 * The usual abbreviations of src/extract/abbreviations.ts (TW, MTTQ, UBKT, ĐBQH, …) need not be
 * listed: every spelling is matched with them too. Punctuation between words is loose: "Bộ Văn
 * hóa, Thể thao và Du lịch" also matches "Bộ Văn hóa - Thể thao và Du lịch" and "Bộ Văn hóa Thể
 * thao và Du lịch".
 */
export interface CentralBody {
  vi: string;
  en: string;
  kind: OrganizationKind;
  /** Other spellings, as written in news (case and spacing around punctuation do not matter). */
  variants?: readonly string[];
  /**
   * A ministry's field, written alone after "Bộ trưởng"/"Thứ trưởng": "Thứ trưởng Quốc phòng".
   */
  field?: string;
  /** For a body merged away (2025 and earlier reorganisations): the body that took it over. */
  mergedInto?: string;
}

const PARTY: readonly CentralBody[] = [
  { vi: 'Ban Chấp hành Trung ương Đảng', en: 'Party Central Committee', kind: 'PARTY_CENTRAL_COMMITTEE', variants: ['Ban Chấp hành Trung ương', 'Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam'] },
  { vi: 'Bộ Chính trị', en: 'Politburo', kind: 'PARTY_STANDING_COMMITTEE' },
  { vi: 'Ban Bí thư Trung ương Đảng', en: 'Party Central Secretariat', kind: 'PARTY_STANDING_COMMITTEE', variants: ['Ban Bí thư', 'Ban Bí thư Trung ương'] },
  { vi: 'Ban Tổ chức Trung ương', en: 'Central Organization Commission', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Ban Tuyên giáo và Dân vận Trung ương', en: 'Central Propaganda and Mass Mobilization Commission', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Ban Tuyên giáo Trung ương', en: 'Central Propaganda Commission', kind: 'PARTY_ORGANIZATION', mergedInto: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilization Commission', kind: 'PARTY_ORGANIZATION', mergedInto: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { vi: 'Ban Nội chính Trung ương', en: 'Central Internal Affairs Commission', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Ban Kinh tế Trung ương', en: 'Central Economic Commission', kind: 'PARTY_ORGANIZATION', mergedInto: 'Ban Chính sách, chiến lược Trung ương' },
  { vi: 'Ban Chính sách, chiến lược Trung ương', en: 'Central Policy and Strategy Commission', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Ban Đối ngoại Trung ương', en: 'Central External Relations Commission', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Ủy ban Kiểm tra Trung ương', en: 'Central Inspection Commission', kind: 'PARTY_INSPECTION_COMMISSION' },
  { vi: 'Văn phòng Trung ương Đảng', en: 'Office of the Party Central Committee', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Hội đồng Lý luận Trung ương', en: 'Central Theoretical Council', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Học viện Chính trị Quốc gia Hồ Chí Minh', en: 'Ho Chi Minh National Academy of Politics', kind: 'PARTY_ORGANIZATION', variants: ['Học viện Chính trị quốc gia Hồ Chí Minh'] },
  { vi: 'Quân ủy Trung ương', en: 'Central Military Commission', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng ủy Công an Trung ương', en: 'Central Public Security Party Committee', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng ủy Quốc hội', en: 'National Assembly Party Committee', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng ủy Chính phủ', en: 'Government Party Committee', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng ủy các cơ quan Đảng Trung ương', en: 'Party Committee of Central Party Agencies', kind: 'PARTY_COMMITTEE' },
  {
    vi: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    en: 'Party Committee of the Fatherland Front and Central Mass Organisations',
    kind: 'PARTY_COMMITTEE',
  },
  { vi: 'Đảng ủy Khối các cơ quan Trung ương', en: 'Central Agencies Bloc Party Committee', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng ủy Khối doanh nghiệp Trung ương', en: 'Central Enterprises Bloc Party Committee', kind: 'PARTY_COMMITTEE' },
  { vi: 'Đảng đoàn Quốc hội', en: 'National Assembly Party Delegation', kind: 'PARTY_ORGANIZATION', mergedInto: 'Đảng ủy Quốc hội' },
  { vi: 'Ban cán sự đảng Chính phủ', en: 'Government Party Civil Affairs Committee', kind: 'PARTY_ORGANIZATION', mergedInto: 'Đảng ủy Chính phủ' },
  { vi: 'Tạp chí Cộng sản', en: 'Communist Review', kind: 'PARTY_ORGANIZATION' },
  { vi: 'Báo Nhân Dân', en: 'Nhan Dan Newspaper', kind: 'PARTY_ORGANIZATION' },
];

const STATE: readonly CentralBody[] = [
  { vi: 'Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam', en: 'Socialist Republic of Vietnam', kind: 'STATE_BODY' },
  { vi: 'Văn phòng Chủ tịch nước', en: 'Office of the President', kind: 'STATE_BODY' },
  { vi: 'Hội đồng Quốc phòng và An ninh', en: 'National Defence and Security Council', kind: 'STATE_BODY' },
  { vi: 'Tòa án nhân dân tối cao', en: "Supreme People's Court", kind: 'STATE_BODY', variants: ['TAND tối cao', 'TANDTC'] },
  { vi: 'Viện kiểm sát nhân dân tối cao', en: "Supreme People's Procuracy", kind: 'STATE_BODY', variants: ['VKSND tối cao', 'VKSNDTC'] },
  { vi: 'Kiểm toán Nhà nước', en: 'State Audit Office', kind: 'STATE_BODY' },
];

// NA committees are named in full with "của Quốc hội"; news often leaves it out.
const ofAssembly = (name: string, en: string, mergedInto?: string, others: readonly string[] = []): CentralBody => ({
  vi: `${name} của Quốc hội`,
  en: `${en} of the National Assembly`,
  kind: 'NATIONAL_ASSEMBLY',
  variants: [name, `${name} Quốc hội`, ...others.flatMap((other) => [other, `${other} Quốc hội`, `${other} của Quốc hội`])],
  ...(mergedInto === undefined ? {} : { mergedInto: `${mergedInto} của Quốc hội` }),
});
// Boards of the Standing Committee: "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội".
const ofStandingCommittee = (name: string, en: string): CentralBody => ({
  vi: `${name} thuộc Ủy ban Thường vụ Quốc hội`,
  en: `${en} of the National Assembly Standing Committee`,
  kind: 'NATIONAL_ASSEMBLY',
  variants: [name, `${name} Quốc hội`, `${name} của Ủy ban Thường vụ Quốc hội`, `${name} của Quốc hội`],
});

const NATIONAL_ASSEMBLY: readonly CentralBody[] = [
  { vi: 'Quốc hội', en: 'National Assembly', kind: 'NATIONAL_ASSEMBLY' },
  { vi: 'Ủy ban Thường vụ Quốc hội', en: 'National Assembly Standing Committee', kind: 'NATIONAL_ASSEMBLY', variants: ['UBTVQH'] },
  { vi: 'Văn phòng Quốc hội', en: 'Office of the National Assembly', kind: 'NATIONAL_ASSEMBLY' },
  ofAssembly('Hội đồng Dân tộc', 'Ethnic Council'),
  ofAssembly('Ủy ban Pháp luật và Tư pháp', 'Committee on Law and Justice'),
  ofAssembly('Ủy ban Kinh tế và Tài chính', 'Committee on Economy and Finance'),
  ofAssembly('Ủy ban Quốc phòng, An ninh và Đối ngoại', 'Committee on National Defence, Security and Foreign Affairs'),
  ofAssembly('Ủy ban Văn hóa và Xã hội', 'Committee on Culture and Society'),
  ofAssembly('Ủy ban Khoa học, Công nghệ và Môi trường', 'Committee on Science, Technology and Environment'),
  ofAssembly('Ủy ban Công tác đại biểu', 'Committee on Deputy Affairs'),
  ofAssembly('Ủy ban Dân nguyện và Giám sát', "Committee on People's Petitions and Supervision"),
  // The committees before the 2025 reorganisation.
  ofAssembly('Ủy ban Pháp luật', 'Law Committee', 'Ủy ban Pháp luật và Tư pháp'),
  ofAssembly('Ủy ban Tư pháp', 'Judicial Committee', 'Ủy ban Pháp luật và Tư pháp'),
  ofAssembly('Ủy ban Kinh tế', 'Economic Committee', 'Ủy ban Kinh tế và Tài chính'),
  ofAssembly('Ủy ban Tài chính - Ngân sách', 'Finance and Budget Committee', 'Ủy ban Kinh tế và Tài chính'),
  ofAssembly('Ủy ban Quốc phòng và An ninh', 'Committee on National Defence and Security', 'Ủy ban Quốc phòng, An ninh và Đối ngoại'),
  ofAssembly('Ủy ban Đối ngoại', 'Foreign Affairs Committee', 'Ủy ban Quốc phòng, An ninh và Đối ngoại'),
  ofAssembly('Ủy ban Văn hóa, Giáo dục', 'Committee on Culture and Education', 'Ủy ban Văn hóa và Xã hội'),
  ofAssembly('Ủy ban Xã hội', 'Social Affairs Committee', 'Ủy ban Văn hóa và Xã hội'),
  // The committees before 2016.
  ofAssembly('Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng', 'Committee on Culture, Education, Youth, Adolescents and Children', 'Ủy ban Văn hóa và Xã hội', [
    'Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng',
  ]),
  ofAssembly('Ủy ban về các vấn đề xã hội', 'Committee on Social Affairs', 'Ủy ban Văn hóa và Xã hội', ['Ủy ban các vấn đề xã hội']),
  ofStandingCommittee('Ban Công tác đại biểu', 'Deputy Affairs Board'),
  ofStandingCommittee('Ban Dân nguyện', "People's Petitions Board"),
];

// A ministry: "Bộ <field>", also written "Bộ trưởng <field>" without "Bộ".
const ministry = (field: string, en: string, variants: readonly string[] = [], mergedInto?: string): CentralBody => ({
  vi: `Bộ ${field}`,
  en: `Ministry of ${en}`,
  kind: 'MINISTRY',
  field,
  variants: variants.map((variant) => `Bộ ${variant}`),
  ...(mergedInto === undefined ? {} : { mergedInto }),
});

const GOVERNMENT: readonly CentralBody[] = [
  { vi: 'Chính phủ', en: 'Government', kind: 'GOVERNMENT' },
  { vi: 'Văn phòng Chính phủ', en: 'Government Office', kind: 'GOVERNMENT' },
  ministry('Quốc phòng', 'National Defence'),
  ministry('Công an', 'Public Security'),
  ministry('Ngoại giao', 'Foreign Affairs'),
  ministry('Nội vụ', 'Home Affairs'),
  ministry('Tư pháp', 'Justice'),
  ministry('Tài chính', 'Finance'),
  ministry('Công Thương', 'Industry and Trade'),
  ministry('Nông nghiệp và Môi trường', 'Agriculture and Environment', ['NN-MT', 'NN&MT', 'NNMT']),
  ministry('Xây dựng', 'Construction'),
  ministry('Văn hóa, Thể thao và Du lịch', 'Culture, Sports and Tourism', ['VH-TT-DL', 'VH-TT&DL', 'VHTTDL', 'VH,TT&DL']),
  ministry('Khoa học và Công nghệ', 'Science and Technology', ['KH-CN', 'KH&CN', 'KHCN']),
  ministry('Giáo dục và Đào tạo', 'Education and Training', ['GD-ĐT', 'GD&ĐT', 'GDĐT']),
  ministry('Y tế', 'Health'),
  ministry('Dân tộc và Tôn giáo', 'Ethnic and Religious Affairs'),
  // Merged away in 2025.
  ministry('Kế hoạch và Đầu tư', 'Planning and Investment', ['KH-ĐT', 'KH&ĐT', 'KHĐT'], 'Bộ Tài chính'),
  ministry('Lao động - Thương binh và Xã hội', 'Labour, Invalids and Social Affairs', ['LĐ-TB-XH', 'LĐ-TB&XH', 'LĐTBXH'], 'Bộ Nội vụ'),
  ministry('Tài nguyên và Môi trường', 'Natural Resources and Environment', ['TN-MT', 'TN&MT', 'TNMT'], 'Bộ Nông nghiệp và Môi trường'),
  ministry('Nông nghiệp và Phát triển nông thôn', 'Agriculture and Rural Development', ['NN-PTNT', 'NN&PTNT', 'NNPTNT'], 'Bộ Nông nghiệp và Môi trường'),
  ministry('Giao thông vận tải', 'Transport', ['GTVT'], 'Bộ Xây dựng'),
  ministry('Thông tin và Truyền thông', 'Information and Communications', ['TT-TT', 'TT&TT', 'TTTT'], 'Bộ Khoa học và Công nghệ'),
  { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs', kind: 'MINISTRY', mergedInto: 'Bộ Dân tộc và Tôn giáo' },
  { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam', kind: 'MINISTRY', variants: ['Ngân hàng Nhà nước', 'NHNN'] },
  { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate', kind: 'MINISTRY' },
  { vi: 'Ban Thi đua - Khen thưởng Trung ương', en: 'Central Emulation and Commendation Committee', kind: 'STATE_BODY' },
];

const FRONT: readonly CentralBody[] = [
  {
    vi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    en: 'Central Committee of the Vietnam Fatherland Front',
    kind: 'FATHERLAND_FRONT',
    variants: ['Ủy ban Trung ương Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam Trung ương', 'Trung ương Mặt trận Tổ quốc Việt Nam'],
  },
  { vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'Vietnam General Confederation of Labour', kind: 'MASS_ORGANIZATION', variants: ['Tổng Liên đoàn Lao động', 'Tổng LĐLĐ Việt Nam'] },
  {
    vi: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    en: 'Central Committee of the Ho Chi Minh Communist Youth Union',
    kind: 'MASS_ORGANIZATION',
    variants: ['Trung ương Đoàn', 'Ban Chấp hành Trung ương Đoàn'],
  },
  { vi: 'Hội Liên hiệp Phụ nữ Việt Nam', en: "Vietnam Women's Union", kind: 'MASS_ORGANIZATION', variants: ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam'] },
  { vi: 'Hội Nông dân Việt Nam', en: "Vietnam Farmers' Union", kind: 'MASS_ORGANIZATION', variants: ['Trung ương Hội Nông dân Việt Nam'] },
  { vi: 'Hội Cựu chiến binh Việt Nam', en: "Vietnam Veterans' Association", kind: 'MASS_ORGANIZATION', variants: ['Trung ương Hội Cựu chiến binh Việt Nam'] },
  { vi: 'Hội Khuyến học Việt Nam', en: 'Vietnam Association for Promoting Education', kind: 'MASS_ORGANIZATION' },
  { vi: 'Hội Chữ thập đỏ Việt Nam', en: 'Vietnam Red Cross Society', kind: 'MASS_ORGANIZATION' },
  { vi: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', en: 'Vietnam Union of Science and Technology Associations', kind: 'MASS_ORGANIZATION' },
  { vi: 'Hội đồng Trị sự Giáo hội Phật giáo Việt Nam', en: 'Executive Council of the Vietnam Buddhist Sangha', kind: 'MASS_ORGANIZATION' },
  { vi: 'Ủy ban Đoàn kết Công giáo Việt Nam', en: 'Vietnam Catholic Solidarity Committee', kind: 'MASS_ORGANIZATION' },
];

const ARMED_FORCES: readonly CentralBody[] = [
  { vi: 'Quân đội nhân dân Việt Nam', en: "Vietnam People's Army", kind: 'MILITARY' },
  { vi: 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', en: "General Staff of the Vietnam People's Army", kind: 'MILITARY', variants: ['Bộ Tổng Tham mưu'] },
  { vi: 'Tổng cục Chính trị Quân đội nhân dân Việt Nam', en: "General Department of Politics of the Vietnam People's Army", kind: 'MILITARY', variants: ['Tổng cục Chính trị'] },
  { vi: 'Bộ Tư lệnh Thủ đô Hà Nội', en: 'Hanoi Capital High Command', kind: 'MILITARY', variants: ['Bộ Tư lệnh Thủ đô'] },
  { vi: 'Bộ Tư lệnh Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City High Command', kind: 'MILITARY', variants: ['Bộ Tư lệnh TPHCM', 'Bộ Tư lệnh TP HCM', 'Bộ Tư lệnh TP.HCM'] },
  { vi: 'Bộ đội Biên phòng', en: 'Vietnam Border Guard', kind: 'MILITARY', variants: ['Bộ Tư lệnh Bộ đội Biên phòng'] },
  { vi: 'Cảnh sát biển Việt Nam', en: 'Vietnam Coast Guard', kind: 'MILITARY', variants: ['Cảnh sát biển', 'Bộ Tư lệnh Cảnh sát biển'] },
  { vi: 'Quân chủng Hải quân', en: 'Vietnam People’s Navy', kind: 'MILITARY', variants: ['Hải quân', 'Hải quân nhân dân Việt Nam'] },
  { vi: 'Quân chủng Phòng không - Không quân', en: 'Air Defence - Air Force Service', kind: 'MILITARY', variants: ['Phòng không - Không quân'] },
  { vi: 'Tổng cục Hậu cần', en: 'General Department of Logistics', kind: 'MILITARY', mergedInto: 'Tổng cục Hậu cần - Kỹ thuật' },
  { vi: 'Tổng cục Kỹ thuật', en: 'General Department of Technology', kind: 'MILITARY', mergedInto: 'Tổng cục Hậu cần - Kỹ thuật' },
  { vi: 'Tổng cục Hậu cần - Kỹ thuật', en: 'General Department of Logistics and Technology', kind: 'MILITARY' },
  { vi: 'Tổng cục Công nghiệp quốc phòng', en: 'General Department of Defence Industry', kind: 'MILITARY' },
  { vi: 'Tổng cục II', en: 'General Department of Defence Intelligence', kind: 'MILITARY', variants: ['Tổng cục Tình báo quốc phòng'] },
  { vi: 'Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh', en: 'Ho Chi Minh Mausoleum Protection High Command', kind: 'MILITARY', variants: ['Bộ Tư lệnh Bảo vệ Lăng'] },
  { vi: 'Bộ Tư lệnh Tác chiến không gian mạng', en: 'Cyberspace Operations Command', kind: 'MILITARY', variants: ['Bộ Tư lệnh 86'] },
  { vi: 'Học viện Quốc phòng', en: 'National Defence Academy', kind: 'MILITARY' },
];

/** Every central body, by group. */
export const CENTRAL_BODIES: readonly CentralBody[] = [...PARTY, ...STATE, ...NATIONAL_ASSEMBLY, ...GOVERNMENT, ...FRONT, ...ARMED_FORCES];

/**
 * Numbered units of the army, written with their number: "Quân khu 7", "Quân đoàn 12". Each
 * as [Vietnamese, English].
 */
export const NUMBERED_MILITARY_UNITS: readonly (readonly [string, string])[] = [
  ['Quân khu', 'Military Region'],
  ['Quân đoàn', 'Army Corps'],
  ['Sư đoàn', 'Division'],
  ['Vùng Cảnh sát biển', 'Coast Guard Region'],
];

/** The central body named exactly `vi` (canonical name), or undefined. */
export function centralBodyNamed(vi: string): CentralBody | undefined {
  return BY_NAME.get(vi);
}

const BY_NAME = new Map(CENTRAL_BODIES.map((body) => [body.vi, body]));
