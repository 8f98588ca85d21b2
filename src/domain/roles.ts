/**
 * The closed vocabulary of roles a post can have, with Vietnamese and English labels.
 * A single-holder role has one holder at a time per body (Secretary, Chair); the others
 * have several (Deputy Secretary, Member).
 */
export const ROLES = {
  SECRETARY: { vi: 'Bí thư', en: 'Secretary', singleHolder: true },
  STANDING_DEPUTY_SECRETARY: { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary', singleHolder: true },
  DEPUTY_SECRETARY: { vi: 'Phó Bí thư', en: 'Deputy Secretary', singleHolder: false },
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
} as const satisfies Record<string, { vi: string; en: string; singleHolder: boolean }>;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

/**
 * The Vietnamese name of the post `role` in the body named `bodyName`, the word the two share
 * written once, as Vietnamese writes it.
 *
 * @example postName('DEPUTY_HEAD', 'Ban Tổ chức Trung ương') === 'Phó Trưởng Ban Tổ chức Trung ương'
 * @example postName('SECRETARY', 'Tỉnh ủy Hà Tĩnh') === 'Bí thư Tỉnh ủy Hà Tĩnh'
 */
export function postName(role: Role, bodyName: string): string {
  const words = ROLES[role].vi.split(' ');
  const shared = words.at(-1)!.toLocaleLowerCase('vi') === bodyName.split(' ')[0]?.toLocaleLowerCase('vi');
  return [...(shared ? words.slice(0, -1) : words), bodyName].join(' ');
}
