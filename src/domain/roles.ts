/**
 * The closed vocabulary of roles a post can have, with Vietnamese and English labels.
 * A single-holder role has one holder at a time per body (Secretary, Chair); the others
 * have several (Deputy Secretary, Member).
 */
export const ROLES = {
  SECRETARY: { vi: 'Bí thư', en: 'Secretary', singleHolder: true },
  STANDING_DEPUTY_SECRETARY: { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary', singleHolder: true },
  DEPUTY_SECRETARY: { vi: 'Phó Bí thư', en: 'Deputy Secretary', singleHolder: false },
  // "Phó Bí thư chuyên trách Đảng ủy …": the deputy secretary who holds no other post.
  FULL_TIME_DEPUTY_SECRETARY: { vi: 'Phó Bí thư chuyên trách', en: 'Full-time Deputy Secretary', singleHolder: false },
  STANDING_COMMITTEE_MEMBER: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing Committee Member', singleHolder: false },
  MEMBER: { vi: 'Ủy viên', en: 'Member', singleHolder: false },
  CHAIR: { vi: 'Chủ tịch', en: 'Chair', singleHolder: true },
  STANDING_VICE_CHAIR: { vi: 'Phó Chủ tịch Thường trực', en: 'Standing Vice Chair', singleHolder: true },
  VICE_CHAIR: { vi: 'Phó Chủ tịch', en: 'Vice Chair', singleHolder: false },
  ALTERNATE_MEMBER: { vi: 'Ủy viên dự khuyết', en: 'Alternate Member', singleHolder: false },
  HEAD: { vi: 'Trưởng ban', en: 'Head', singleHolder: true },
  STANDING_DEPUTY_HEAD: { vi: 'Phó Trưởng ban Thường trực', en: 'Standing Deputy Head', singleHolder: true },
  DEPUTY_HEAD: { vi: 'Phó Trưởng ban', en: 'Deputy Head', singleHolder: false },
  HEAD_OF_DELEGATION: { vi: 'Trưởng đoàn', en: 'Head of Delegation', singleHolder: true },
  DEPUTY_HEAD_OF_DELEGATION: { vi: 'Phó Trưởng đoàn', en: 'Deputy Head of Delegation', singleHolder: false },
  CHIEF_OF_OFFICE: { vi: 'Chánh Văn phòng', en: 'Chief of Office', singleHolder: true },
  DEPUTY_CHIEF_OF_OFFICE: { vi: 'Phó Chánh Văn phòng', en: 'Deputy Chief of Office', singleHolder: false },
  HEAD_OF_DIVISION: { vi: 'Trưởng phòng', en: 'Head of Division', singleHolder: true },
  DEPUTY_HEAD_OF_DIVISION: { vi: 'Phó Trưởng phòng', en: 'Deputy Head of Division', singleHolder: false },
  CHAIRMAN_OF_COMMISSION: { vi: 'Chủ nhiệm', en: 'Chairman', singleHolder: true },
  VICE_CHAIRMAN_OF_COMMISSION: { vi: 'Phó Chủ nhiệm', en: 'Vice Chairman', singleHolder: false },
  DIRECTOR: { vi: 'Giám đốc', en: 'Director', singleHolder: true },
  DEPUTY_DIRECTOR: { vi: 'Phó Giám đốc', en: 'Deputy Director', singleHolder: false },
  MINISTER: { vi: 'Bộ trưởng', en: 'Minister', singleHolder: true },
  DEPUTY_MINISTER: { vi: 'Thứ trưởng', en: 'Deputy Minister', singleHolder: false },
  PRIME_MINISTER: { vi: 'Thủ tướng', en: 'Prime Minister', singleHolder: true },
  STANDING_DEPUTY_PRIME_MINISTER: { vi: 'Phó Thủ tướng Thường trực', en: 'Standing Deputy Prime Minister', singleHolder: true },
  DEPUTY_PRIME_MINISTER: { vi: 'Phó Thủ tướng', en: 'Deputy Prime Minister', singleHolder: false },
  PRESIDENT: { vi: 'Chủ tịch nước', en: 'President', singleHolder: true },
  GENERAL_SECRETARY: { vi: 'Tổng Bí thư', en: 'General Secretary', singleHolder: true },
  COMMANDER: { vi: 'Chỉ huy trưởng', en: 'Commander', singleHolder: true },
  DELEGATE: { vi: 'Đại biểu', en: 'Deputy', singleHolder: false },
  // Posts of the central bodies (src/domain/central-bodies.ts) and of the armed forces.
  SECRETARIAT_MEMBER: { vi: 'Bí thư Trung ương Đảng', en: 'Secretary of the Party Central Committee', singleHolder: false },
  SECRETARIAT_STANDING_MEMBER: { vi: 'Thường trực Ban Bí thư', en: 'Standing Member of the Secretariat', singleHolder: true },
  VICE_PRESIDENT: { vi: 'Phó Chủ tịch nước', en: 'Vice President', singleHolder: false },
  NATIONAL_ASSEMBLY_DEPUTY: { vi: 'Đại biểu Quốc hội', en: 'National Assembly Deputy', singleHolder: false },
  SECRETARY_GENERAL: { vi: 'Tổng Thư ký', en: 'Secretary General', singleHolder: true },
  STANDING_DEPUTY_MINISTER: { vi: 'Thứ trưởng Thường trực', en: 'Standing Deputy Minister', singleHolder: true },
  STANDING_VICE_CHAIRMAN_OF_COMMISSION: { vi: 'Phó Chủ nhiệm Thường trực', en: 'Standing Vice Chairman', singleHolder: true },
  MILITARY_COMMANDER: { vi: 'Tư lệnh', en: 'Commander', singleHolder: true },
  DEPUTY_MILITARY_COMMANDER: { vi: 'Phó Tư lệnh', en: 'Deputy Commander', singleHolder: false },
  POLITICAL_COMMISSAR: { vi: 'Chính ủy', en: 'Political Commissar', singleHolder: true },
  DEPUTY_POLITICAL_COMMISSAR: { vi: 'Phó Chính ủy', en: 'Deputy Political Commissar', singleHolder: false },
  CHIEF_OF_STAFF: { vi: 'Tham mưu trưởng', en: 'Chief of Staff', singleHolder: true },
  CHIEF_OF_GENERAL_STAFF: { vi: 'Tổng Tham mưu trưởng', en: 'Chief of the General Staff', singleHolder: true },
  DEPUTY_CHIEF_OF_GENERAL_STAFF: { vi: 'Phó Tổng Tham mưu trưởng', en: 'Deputy Chief of the General Staff', singleHolder: false },
  DEPARTMENT_DIRECTOR: { vi: 'Vụ trưởng', en: 'Department Director', singleHolder: true },
  DEPUTY_DEPARTMENT_DIRECTOR: { vi: 'Phó Vụ trưởng', en: 'Deputy Department Director', singleHolder: false },
  AGENCY_DIRECTOR: { vi: 'Cục trưởng', en: 'Agency Director', singleHolder: true },
  DEPUTY_AGENCY_DIRECTOR: { vi: 'Phó Cục trưởng', en: 'Deputy Agency Director', singleHolder: false },
  BRANCH_DIRECTOR: { vi: 'Chi cục trưởng', en: 'Branch Director', singleHolder: true },
  DEPUTY_BRANCH_DIRECTOR: { vi: 'Phó Chi cục trưởng', en: 'Deputy Branch Director', singleHolder: false },
  DIRECTORATE_HEAD: { vi: 'Tổng cục trưởng', en: 'Director General', singleHolder: true },
  DEPUTY_DIRECTORATE_HEAD: { vi: 'Phó Tổng cục trưởng', en: 'Deputy Director General', singleHolder: false },
  CHIEF_JUSTICE: { vi: 'Chánh án', en: 'Chief Justice', singleHolder: true },
  DEPUTY_CHIEF_JUSTICE: { vi: 'Phó Chánh án', en: 'Deputy Chief Justice', singleHolder: false },
  PROCURATOR_GENERAL: { vi: 'Viện trưởng', en: 'Chief Procurator', singleHolder: true },
  DEPUTY_PROCURATOR_GENERAL: { vi: 'Phó Viện trưởng', en: 'Deputy Chief Procurator', singleHolder: false },
  AUDITOR_GENERAL: { vi: 'Tổng Kiểm toán', en: 'Auditor General', singleHolder: true },
  DEPUTY_AUDITOR_GENERAL: { vi: 'Phó Tổng Kiểm toán', en: 'Deputy Auditor General', singleHolder: false },
  // "Tổng Thanh tra Chính phủ": the head of the Government Inspectorate, a member of the Government.
  INSPECTOR_GENERAL: { vi: 'Tổng Thanh tra', en: 'Inspector General', singleHolder: true },
  DEPUTY_INSPECTOR_GENERAL: { vi: 'Phó Tổng Thanh tra', en: 'Deputy Inspector General', singleHolder: false },
  GOVERNOR: { vi: 'Thống đốc', en: 'Governor', singleHolder: true },
  DEPUTY_GOVERNOR: { vi: 'Phó Thống đốc', en: 'Deputy Governor', singleHolder: false },
  CHIEF_INSPECTOR: { vi: 'Chánh Thanh tra', en: 'Chief Inspector', singleHolder: true },
  DEPUTY_CHIEF_INSPECTOR: { vi: 'Phó Chánh Thanh tra', en: 'Deputy Chief Inspector', singleHolder: false },
  POLICE_CHIEF: { vi: 'Trưởng Công an', en: 'Police Chief', singleHolder: true },
  DEPUTY_POLICE_CHIEF: { vi: 'Phó Trưởng Công an', en: 'Deputy Police Chief', singleHolder: false },
  EDITOR_IN_CHIEF: { vi: 'Tổng Biên tập', en: 'Editor-in-Chief', singleHolder: true },
  DEPUTY_EDITOR_IN_CHIEF: { vi: 'Phó Tổng Biên tập', en: 'Deputy Editor-in-Chief', singleHolder: false },
  FULL_TIME_VICE_CHAIR: { vi: 'Phó Chủ tịch chuyên trách', en: 'Full-time Vice Chair', singleHolder: false },
  PART_TIME_VICE_CHAIR: { vi: 'Phó Chủ tịch không chuyên trách', en: 'Part-time Vice Chair', singleHolder: false },
  // "quyền Chủ tịch": acting in a post that has no holder; a post of its own, not the chair's.
  ACTING_CHAIR: { vi: 'Quyền Chủ tịch', en: 'Acting Chair', singleHolder: true },
  ACTING_DIRECTOR: { vi: 'Quyền Giám đốc', en: 'Acting Director', singleHolder: true },
  ACTING_MINISTER: { vi: 'Quyền Bộ trưởng', en: 'Acting Minister', singleHolder: true },
  // "Trợ lý"/"Thư ký" of a leader (corpus Convention 3): of the body of the leader's post.
  ASSISTANT: { vi: 'Trợ lý', en: 'Assistant', singleHolder: false },
  AIDE: { vi: 'Thư ký', en: 'Secretary (aide)', singleHolder: false },
  // Heads of a military unit's departments: "Chủ nhiệm Chính trị Quân khu 7".
  HEAD_OF_POLITICS: { vi: 'Chủ nhiệm Chính trị', en: 'Head of the Political Department', singleHolder: true },
  DEPUTY_HEAD_OF_POLITICS: { vi: 'Phó Chủ nhiệm Chính trị', en: 'Deputy Head of the Political Department', singleHolder: false },
  HEAD_OF_LOGISTICS: { vi: 'Chủ nhiệm Hậu cần', en: 'Head of Logistics', singleHolder: true },
  DEPUTY_HEAD_OF_LOGISTICS: { vi: 'Phó Chủ nhiệm Hậu cần', en: 'Deputy Head of Logistics', singleHolder: false },
  HEAD_OF_TECHNICAL: { vi: 'Chủ nhiệm Kỹ thuật', en: 'Head of Technology', singleHolder: true },
  DEPUTY_HEAD_OF_TECHNICAL: { vi: 'Phó Chủ nhiệm Kỹ thuật', en: 'Deputy Head of Technology', singleHolder: false },
  HEAD_OF_LOGISTICS_AND_TECHNICAL: { vi: 'Chủ nhiệm Hậu cần - Kỹ thuật', en: 'Head of Logistics and Technology', singleHolder: true },
  DEPUTY_HEAD_OF_LOGISTICS_AND_TECHNICAL: { vi: 'Phó Chủ nhiệm Hậu cần - Kỹ thuật', en: 'Deputy Head of Logistics and Technology', singleHolder: false },
  // Boards of state enterprises: "Chủ tịch Hội đồng thành viên Tập đoàn …".
  MEMBERS_COUNCIL_CHAIR: { vi: 'Chủ tịch Hội đồng thành viên', en: "Chair of the Members' Council", singleHolder: true },
  BOARD_CHAIR: { vi: 'Chủ tịch Hội đồng quản trị', en: 'Chair of the Board of Directors', singleHolder: true },
  GENERAL_DIRECTOR: { vi: 'Tổng Giám đốc', en: 'General Director', singleHolder: true },
  DEPUTY_GENERAL_DIRECTOR: { vi: 'Phó Tổng Giám đốc', en: 'Deputy General Director', singleHolder: false },
  // "đại biểu HĐND tỉnh": a seat in a People's Council.
  COUNCIL_DELEGATE: { vi: 'Đại biểu Hội đồng nhân dân', en: "People's Council Deputy", singleHolder: false },
  // "Hiệu trưởng Trường Đại học …": the head of a school or university.
  RECTOR: { vi: 'Hiệu trưởng', en: 'Rector', singleHolder: true },
  VICE_RECTOR: { vi: 'Phó Hiệu trưởng', en: 'Vice Rector', singleHolder: false },
} as const satisfies Record<string, { vi: string; en: string; singleHolder: boolean }>;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

/**
 * Roles that are one of the holders of a wider role in the same body: the standing deputy is
 * one of the deputies ("9 Phó Thủ tướng là Nguyễn Hòa Bình (Phó Thủ tướng Thường trực), …"), a
 * full-time vice chair one of the vice chairs. Each stays a post of its own.
 */
const ONE_OF: Partial<Record<Role, Role>> = {
  STANDING_DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  FULL_TIME_DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  STANDING_VICE_CHAIR: 'VICE_CHAIR',
  FULL_TIME_VICE_CHAIR: 'VICE_CHAIR',
  PART_TIME_VICE_CHAIR: 'VICE_CHAIR',
  STANDING_DEPUTY_HEAD: 'DEPUTY_HEAD',
  STANDING_DEPUTY_PRIME_MINISTER: 'DEPUTY_PRIME_MINISTER',
  STANDING_DEPUTY_MINISTER: 'DEPUTY_MINISTER',
  STANDING_VICE_CHAIRMAN_OF_COMMISSION: 'VICE_CHAIRMAN_OF_COMMISSION',
};

/**
 * The roles whose holders hold `role`: the role and the roles that are one of its holders.
 *
 * @example rolesCountedAs('DEPUTY_HEAD') // ['DEPUTY_HEAD', 'STANDING_DEPUTY_HEAD']
 * @example rolesCountedAs('STANDING_DEPUTY_HEAD') // ['STANDING_DEPUTY_HEAD']
 */
export function rolesCountedAs(role: Role): Role[] {
  return [role, ...ROLE_NAMES.filter((narrower) => ONE_OF[narrower] === role)];
}

/**
 * The Vietnamese name of the post `role` in the body named `bodyName`, the words the two share
 * written once, as Vietnamese writes it.
 *
 * @example postName('DEPUTY_HEAD', 'Ban Tổ chức Trung ương') === 'Phó Trưởng Ban Tổ chức Trung ương'
 * @example postName('SECRETARY', 'Tỉnh ủy Hà Tĩnh') === 'Bí thư Tỉnh ủy Hà Tĩnh'
 * @example postName('COUNCIL_DELEGATE', 'Hội đồng nhân dân tỉnh Phú Yên') === 'Đại biểu Hội đồng nhân dân tỉnh Phú Yên'
 */
export function postName(role: Role, bodyName: string): string {
  const words = ROLES[role].vi.split(' ');
  const body = bodyName.split(' ').map((word) => word.toLocaleLowerCase('vi'));
  const same = (length: number) => words.slice(-length).every((word, k) => word.toLocaleLowerCase('vi') === body[k]);
  let shared = Math.min(words.length - 1, body.length);
  while (shared > 0 && !same(shared)) shared--;
  return [...words.slice(0, words.length - shared), bodyName].join(' ');
}
