import { describe, expect, it } from 'vitest';
import { ALL_PROVINCES, isUnitName, mergedFrom, mergedInto, provinceOfUnit } from '../../../src/domain/admin-units.js';
import { normalizeVietnamese } from '../../../src/domain/text.js';
import { provinceOfPlace } from '../../../src/extract/gazetteer.js';
import { extract } from '../../../src/extract/index.js';
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

describe('places from the article\'s address', () => {
  it.each([
    ['a provincial paper\'s site', 'https://baothaibinh.com.vn/tin-tuc/123', 'Thái Bình', null],
    ['a sub-site of a provincial paper', 'https://dangbo.baolongan.vn/bai-viet-9.html', 'Long An', null],
    ['a city\'s site, with its province', 'https://vinhcity.gov.vn/tin-tuc/1', null, null],
    ['"thanh-pho-<city>" in the page\'s slug', 'https://bao.example.vn/hop-thanh-pho-cam-pha-quy-1.html', 'Quảng Ninh', 'Cẩm Phả'],
    ['a national paper', 'https://tintuc.example.vn/chinh-tri/bau-pho-chu-tich-456.htm', null, null],
  ])('%s', (_case, url, province, city) => {
    const result = extract(normalizeVietnamese('Ông Lê Văn An, Phó Chủ tịch UBND thành phố, và ông Đỗ Văn Hai, Bí thư Tỉnh ủy, phát biểu.'), { date: null, url });
    expect(result.context.province?.name ?? null).toBe(province);
    expect(result.context.city?.name ?? null).toBe(city);
  });

  it('takes a province named by the site over its same-named city', () => {
    const result = extract(normalizeVietnamese('Ông Lê Văn An, Bí thư Tỉnh ủy, phát biểu.'), { date: null, url: 'https://bacgiang.example.vn/tin/1' });
    expect(result.context.province?.name).toBe('Bắc Giang');
    expect(result.context.city).toBeNull();
  });
});

describe('the article\'s own units', () => {
  it('reads a ward whose name has a dash, and "UBND phường" as that ward', () => {
    const { result } = extractText(
      'Hội nghị công bố quyết định của phường Văn Miếu – Quốc Tử Giám. Ông Lê Văn Bảy được chỉ định làm Chủ tịch UBND phường.',
    );
    expect(describePersons(result)).toEqual(['Lê Văn Bảy: CHAIR@Ủy ban nhân dân phường Văn Miếu – Quốc Tử Giám']);
  });

  it('gives a centrally-run city its departments and its National Assembly delegation', () => {
    const { result } = extractText('Tại kỳ họp HĐND thành phố Cần Thơ, ông Lâm Văn Sáu, Giám đốc Sở Tài chính, và bà Đinh Thị Bảy, Trưởng đoàn ĐBQH, phát biểu.');
    expect(describePersons(result)).toEqual([
      'Lâm Văn Sáu: DIRECTOR@Sở Tài chính thành phố Cần Thơ',
      'Đinh Thị Bảy: HEAD_OF_DELEGATION@Đoàn đại biểu Quốc hội thành phố Cần Thơ',
    ]);
  });

  it('reads a body whose abbreviation is given in brackets', () => {
    const { result } = extractText('Ông Mai Văn Tám, Phó Chủ tịch Hội đồng nhân dân (HĐND) tỉnh Hà Tĩnh, phát biểu.');
    expect(describePersons(result)).toEqual(['Mai Văn Tám: VICE_CHAIR@Hội đồng nhân dân tỉnh Hà Tĩnh']);
  });
});

describe('Party committees named by their unit', () => {
  it('reads "Bí thư quận 1" and "Phó Bí thư huyện Tiên Yên" as posts in the unit\'s Party committee', () => {
    const { result } = extractText('Bà Lý Thị Hoa, Bí thư quận 1, gặp ông Tạ Văn Khoa, Phó Bí thư huyện Tiên Yên.');
    expect(describePersons(result)).toEqual(['Lý Thị Hoa: SECRETARY@Quận ủy Quận 1', 'Tạ Văn Khoa: DEPUTY_SECRETARY@Huyện ủy Tiên Yên']);
  });

  it('reads a bare "Đảng ủy" in an article about one ward as the ward\'s, and not when it names two', () => {
    const oneWard = extractText('Hội nghị của phường Cửa Nam. Ông Kiều Văn Bình được chỉ định làm Bí thư Đảng ủy, Chủ tịch HĐND phường.');
    expect(describePersons(oneWard.result)).toEqual(['Kiều Văn Bình: SECRETARY@Đảng ủy phường Cửa Nam; CHAIR@Hội đồng nhân dân phường Cửa Nam']);
    const twoUnits = extractText('Hội nghị của phường Cửa Nam và xã Đông Anh. Ông Kiều Văn Bình được chỉ định làm Bí thư Đảng ủy.');
    expect(twoUnits.result.persons[0]?.titles[0]?.body ?? null).toBeNull();
  });
});
