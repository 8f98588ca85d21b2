import { describe, expect, it } from 'vitest';
import { ALL_PROVINCES, isUnitName, mergedFrom, mergedInto, provinceOfUnit } from '../../../src/domain/admin-units.js';
import { provinceOfPlace } from '../../../src/extract/gazetteer.js';
import { describePersons, extractText } from './helpers.js';

describe('the table of administrative units', () => {
  it('has the 63 provinces before the merger and the 34 after, six centrally-run cities among them', () => {
    expect(ALL_PROVINCES.length).toBe(63 + 1); // the 34 are 33 of the 63's names and Huế
    expect(ALL_PROVINCES.filter((province) => province.centrallyRun).map((province) => province.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort(),
    );
  });

  it.each([
    ['Hải Dương', 'Hải Phòng'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Quảng Ninh', 'Quảng Ninh'],
  ])('merges %s into %s from 2025-07-01', (old, current) => {
    expect(mergedInto(old)).toBe(current);
  });

  it('lists what merged into a province, and knows no made-up one', () => {
    expect([...mergedFrom('Hưng Yên')].sort()).toEqual(['Hưng Yên', 'Thái Bình']);
    expect(mergedInto('Bình Yên')).toBeNull();
  });

  it.each([
    ['Hạ Long', 'thành phố', 'Quảng Ninh'],
    ['Hai Bà Trưng', 'quận', 'Hà Nội'],
    ['Ngô Quyền', 'quận', 'Hải Phòng'],
    ['Hoàng Mai', 'quận', 'Hà Nội'],
    ['Hoàng Mai', 'thị xã', 'Nghệ An'],
    ['Đông Triều', 'thị xã', 'Quảng Ninh'],
    ['Văn Miếu - Quốc Tử Giám', 'phường', 'Hà Nội'],
    ['Không Có', 'huyện', null],
  ])('places %s (%s) in %s', (name, word, province) => {
    expect(provinceOfPlace(name, word)).toBe(province);
  });

  it('gives no province for a commune name that several provinces have', () => {
    expect(isUnitName('Tân Phú', 'COMMUNE')).toBe(true);
    expect(provinceOfUnit('Tân Phú', 'COMMUNE')).toBeNull();
  });
});

describe('places of bodies', () => {
  it('reads "TPHCM", "TP.HCM" and "TP HCM" as Hồ Chí Minh City', () => {
    const { result } = extractText(
      'Ông Lê Văn Ba, Chủ tịch UBND TPHCM, và bà Trần Thị Tư, Phó Chủ tịch HĐND TP.HCM, dự họp với ông Võ Văn Năm, Giám đốc Công an TP HCM.',
    );
    expect(describePersons(result)).toEqual([
      'Lê Văn Ba: CHAIR@Ủy ban nhân dân thành phố Hồ Chí Minh',
      'Trần Thị Tư: VICE_CHAIR@Hội đồng nhân dân thành phố Hồ Chí Minh',
      'Võ Văn Năm: DIRECTOR@Công an thành phố Hồ Chí Minh',
    ]);
  });

  it('reads a bare "Thành ủy" in a centrally-run city\'s article as the city\'s, not a town it names', () => {
    const { result } = extractText(
      'Kỳ họp HĐND thành phố Hải Phòng bầu ông Phạm Văn Mười, Ủy viên Ban Thường vụ Thành ủy, làm Phó Chủ tịch. Ông từng là Chủ tịch UBND thành phố Hải Dương, tỉnh Hải Dương (cũ).',
      '2025-10-20',
    );
    expect(result.context.province?.name).toBe('Hải Phòng');
    expect(result.context.city).toBeNull();
    expect(describePersons(result)[0]).toContain('STANDING_COMMITTEE_MEMBER@Thành ủy Hải Phòng');
  });

  it('does not take a province merged away, or one marked "(cũ)", as the article\'s after the merger', () => {
    const { result } = extractText(
      'Ông Đỗ Văn Bảy, nguyên Bí thư Tỉnh ủy Hải Dương, tỉnh Hải Dương (cũ), nay công tác tại Tỉnh ủy Hải Dương; thành phố Hải Phòng tổ chức hội nghị.',
      '2025-09-01',
    );
    expect(result.context.province?.name).toBe('Hải Phòng');
  });

  it.each([
    ['Bí thư Quận ủy Hai Bà Trưng', 'Quận ủy Hai Bà Trưng'],
    ['Bí thư Quận ủy Ngô Quyền', 'Quận ủy Ngô Quyền'],
    ['Chủ tịch UBND phường Trần Hưng Đạo', 'Ủy ban nhân dân phường Trần Hưng Đạo'],
  ])('reads a district or ward named after a historical figure as a place: "%s"', (title, body) => {
    const { result } = extractText(`Ông Hoàng Văn Tám, ${title}, phát biểu tại hội nghị.`);
    expect(result.persons.map((person) => person.name)).toEqual(['Hoàng Văn Tám']);
    expect(result.persons[0]?.titles[0]?.body?.name).toBe(body);
  });
});
