/**
 * Named bodies below a Party committee, a People's Council or the Government: the Party's
 * commissions ("Ban Tổ chức"), the Council's committees ("Ban Pháp chế"), a province's
 * departments ("Sở Tài chính") and the ministries ("Bộ Tài chính"). Each as [Vietnamese, English].
 */

type Names = readonly (readonly [string, string])[];

/** "Ban Tổ chức" of a Party committee, or of the Central Committee ("Ban Tổ chức Trung ương"). */
export const PARTY_COMMISSIONS: Names = [
  ['Ban Tổ chức', 'Party Organization Commission'],
  ['Ban Tuyên giáo', 'Party Propaganda Commission'],
  ['Ban Dân vận', 'Party Mass Mobilization Commission'],
  ['Ban Tuyên giáo và Dân vận', 'Party Propaganda and Mass Mobilization Commission'],
  ['Ban Nội chính', 'Party Internal Affairs Commission'],
  ['Ban Kinh tế', 'Party Economic Commission'],
  ['Ban Đối ngoại', 'Party External Relations Commission'],
  ['Ban Chính sách, chiến lược', 'Party Policy and Strategy Commission'],
];

/** Committees of a People's Council: "Ban Kinh tế - Ngân sách HĐND tỉnh". */
export const COUNCIL_COMMITTEES: Names = [
  ['Ban Pháp chế', 'Legal Affairs Committee'],
  ['Ban Kinh tế - Ngân sách', 'Economy-Budget Committee'],
  ['Ban Kinh tế - Xã hội', 'Economic and Social Committee'],
  ['Ban Văn hóa - Xã hội', 'Culture-Society Committee'],
  ['Ban Dân tộc', 'Ethnic Affairs Committee'],
  ['Ban Đô thị', 'Urban Affairs Committee'],
  ['Ban Kinh tế', 'Economic Committee'],
];

/** A field of government: a province's "Sở …" or the Government's "Bộ …". */
const FIELDS: Names = [
  ['Tài chính', 'Finance'],
  ['Nội vụ', 'Home Affairs'],
  ['Tư pháp', 'Justice'],
  ['Kế hoạch và Đầu tư', 'Planning and Investment'],
  ['Xây dựng', 'Construction'],
  ['Công Thương', 'Industry and Trade'],
  ['Giao thông vận tải', 'Transport'],
  ['Y tế', 'Health'],
  ['Giáo dục và Đào tạo', 'Education and Training'],
  ['Văn hóa, Thể thao và Du lịch', 'Culture, Sports and Tourism'],
  ['Văn hóa và Thể thao', 'Culture and Sports'],
  ['Du lịch', 'Tourism'],
  ['Tài nguyên và Môi trường', 'Natural Resources and Environment'],
  ['Nông nghiệp và Phát triển nông thôn', 'Agriculture and Rural Development'],
  ['Nông nghiệp và Môi trường', 'Agriculture and Environment'],
  ['Lao động - Thương binh và Xã hội', 'Labour, Invalids and Social Affairs'],
  ['Khoa học và Công nghệ', 'Science and Technology'],
  ['Thông tin và Truyền thông', 'Information and Communications'],
  ['Ngoại vụ', 'External Relations'],
  ['Dân tộc và Tôn giáo', 'Ethnic and Religious Affairs'],
];

/** "Sở Tài chính" / "Department of Finance". */
export const DEPARTMENTS: Names = FIELDS.map(([vi, en]) => [`Sở ${vi}`, `Department of ${en}`]);

/** "Bộ Tài chính" / "Ministry of Finance", and the ministries no province has. */
export const MINISTRIES: Names = [
  ...FIELDS.filter(([vi]) => vi !== 'Du lịch' && vi !== 'Ngoại vụ').map(([vi, en]) => [`Bộ ${vi}`, `Ministry of ${en}`] as const),
  ['Bộ Quốc phòng', 'Ministry of National Defence'],
  ['Bộ Công an', 'Ministry of Public Security'],
  ['Bộ Ngoại giao', 'Ministry of Foreign Affairs'],
];
