import { describe, expect, it } from 'vitest';
import { postName, rolesCountedAs } from '../../../src/domain/roles.js';

describe('postName', () => {
  it.each([
    ['SECRETARY', 'Tỉnh ủy Hà Tĩnh', 'Bí thư Tỉnh ủy Hà Tĩnh'],
    ['HEAD', 'Ban Tổ chức Trung ương', 'Trưởng Ban Tổ chức Trung ương'],
    ['DEPUTY_HEAD', 'Ban Tổ chức Trung ương', 'Phó Trưởng Ban Tổ chức Trung ương'],
    ['STANDING_DEPUTY_HEAD', 'Ban Tổ chức Trung ương', 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương'],
    ['DEPUTY_HEAD', 'Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nghệ An', 'Phó Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nghệ An'],
    ['CHAIR', 'Ủy ban nhân dân tỉnh Phú Yên', 'Chủ tịch Ủy ban nhân dân tỉnh Phú Yên'],
    ['COUNCIL_DELEGATE', 'Hội đồng nhân dân tỉnh Phú Yên', 'Đại biểu Hội đồng nhân dân tỉnh Phú Yên'],
    ['MEMBERS_COUNCIL_CHAIR', 'Tập đoàn Dệt may Việt Nam', 'Chủ tịch Hội đồng thành viên Tập đoàn Dệt may Việt Nam'],
  ] as const)('%s of %s is %s', (role, body, name) => {
    expect(postName(role, body)).toBe(name);
  });
});

describe('rolesCountedAs', () => {
  it('counts the standing deputy among the deputies', () => {
    expect(rolesCountedAs('DEPUTY_PRIME_MINISTER')).toEqual(['DEPUTY_PRIME_MINISTER', 'STANDING_DEPUTY_PRIME_MINISTER']);
    expect(rolesCountedAs('DEPUTY_HEAD')).toEqual(['DEPUTY_HEAD', 'STANDING_DEPUTY_HEAD']);
    expect(rolesCountedAs('VICE_CHAIR')).toEqual(['VICE_CHAIR', 'STANDING_VICE_CHAIR', 'FULL_TIME_VICE_CHAIR', 'PART_TIME_VICE_CHAIR']);
    expect(rolesCountedAs('DEPUTY_SECRETARY')).toEqual(['DEPUTY_SECRETARY', 'STANDING_DEPUTY_SECRETARY', 'FULL_TIME_DEPUTY_SECRETARY']);
  });

  it('counts nobody else as the standing deputy or the head', () => {
    expect(rolesCountedAs('STANDING_DEPUTY_SECRETARY')).toEqual(['STANDING_DEPUTY_SECRETARY']);
    expect(rolesCountedAs('SECRETARY')).toEqual(['SECRETARY']);
  });
});
