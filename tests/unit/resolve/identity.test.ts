import { describe, expect, it } from 'vitest';
import type { AreaRef, BodyRef, Extraction, TitleMention } from '../../../src/domain/extraction.js';
import { personId } from '../../../src/domain/ids.js';
import { identityProvinces } from '../../../src/resolve/identity.js';

const haTinh: AreaRef = { name: 'Hà Tĩnh', kind: 'PROVINCE', within: null };
const phuYen: AreaRef = { name: 'Phú Yên', kind: 'PROVINCE', within: null };
const tuyHoa: AreaRef = { name: 'Tuy Hòa', kind: 'CITY', within: phuYen };
const quote = { quote: 'x', start: 0, end: 1 };
const body = (name: string, area: AreaRef | null, level: BodyRef['level'] = 'PROVINCE'): BodyRef => ({
  kind: 'PEOPLES_COMMITTEE',
  level,
  area,
  name,
  nameEn: name,
});
const title = (target: BodyRef | null): TitleMention => ({ asWritten: 'Chủ tịch', role: 'CHAIR', body: target, status: 'CURRENT', term: null, evidence: quote });

const extraction = (parts: Partial<Extraction>): Extraction => ({
  context: { province: haTinh, city: null, date: '2022-03-15' },
  persons: [],
  events: [],
  changes: [],
  governmentEnds: [],
  bodyEnds: [],
  ...parts,
});

describe('identityProvinces', () => {
  it('places a person in the province of their title, a city title in its province', () => {
    const provinces = identityProvinces(
      extraction({
        persons: [
          { name: 'Nguyễn Thanh Sơn', titles: [title(body('Ủy ban nhân dân thành phố Tuy Hòa', tuyHoa, 'CITY'))], evidence: quote },
          { name: 'Lê Hữu Phước', titles: [title(body('Ủy ban nhân dân tỉnh Hà Tĩnh', haTinh))], evidence: quote },
        ],
      }),
    );
    expect(provinces.get('Nguyễn Thanh Sơn')).toEqual(phuYen);
    expect(provinces.get('Lê Hữu Phước')).toEqual(haTinh);
  });

  it('takes the post a transfer leaves before the post it takes up', () => {
    const provinces = identityProvinces(
      extraction({
        changes: [
          {
            kind: 'TRANSFERRED',
            person: 'Trịnh Minh Tâm',
            title: title(body('Ủy ban nhân dân tỉnh Hà Tĩnh', haTinh)),
            fromTitle: title(body('Ủy ban nhân dân tỉnh Phú Yên', phuYen)),
            date: null,
            planned: false,
            evidence: quote,
          },
        ],
      }),
    );
    expect(provinces.get('Trịnh Minh Tâm')).toEqual(phuYen);
  });

  it('makes a person with only central titles national, and one with no placed title belong to the article', () => {
    const provinces = identityProvinces(
      extraction({
        persons: [
          { name: 'Trần Cẩm Tú', titles: [title(body('Bộ Chính trị', null, 'CENTRAL'))], evidence: quote },
          { name: 'Bùi Thị Minh Nguyệt', titles: [title(null)], evidence: quote },
        ],
        events: [
          {
            kind: 'MEETING',
            name: 'Hội nghị',
            ordinal: null,
            term: null,
            convenedBy: null,
            date: null,
            participants: [{ name: 'Đặng Quang Thái', roles: ['CHAIRED'], evidence: quote }],
            evidence: quote,
          },
        ],
      }),
    );
    expect(provinces.get('Trần Cẩm Tú')).toBeNull();
    expect(provinces.get('Bùi Thị Minh Nguyệt')).toEqual(haTinh);
    expect(provinces.get('Đặng Quang Thái')).toEqual(haTinh);
  });

  it('is national when neither the titles nor the article give a province', () => {
    const provinces = identityProvinces(
      extraction({ context: { province: null, city: null, date: null }, persons: [{ name: 'Lê Văn Tám', titles: [], evidence: quote }] }),
    );
    expect(provinces.get('Lê Văn Tám')).toBeNull();
  });
});

describe('personId', () => {
  it('is one id for one spelling in one province, whatever the Unicode form or tone placement', () => {
    expect(personId('Nguyễn Văn Hoà', 'Hà Tĩnh')).toBe(personId('Nguyễn Văn Hòa'.normalize('NFD'), 'Hà Tĩnh'));
    expect(personId('Lê Hữu Phước', 'Hà Tĩnh')).toMatch(/^person:le-huu-phuoc--ha-tinh--[0-9a-z]{6}$/);
    expect(personId('Trần Cẩm Tú', null)).toMatch(/^person:tran-cam-tu--vn--[0-9a-z]{6}$/);
  });

  it('keeps apart the same name in two provinces, and spellings that fold to one slug', () => {
    expect(personId('Nguyễn Thanh Sơn', 'Hà Tĩnh')).not.toBe(personId('Nguyễn Thanh Sơn', 'Phú Yên'));
    expect(personId('Le Huu Phuoc', 'Hà Tĩnh')).not.toBe(personId('Lê Hữu Phước', 'Hà Tĩnh'));
    expect(personId('Nguyễn Văn Hùng', 'Hà Tĩnh')).not.toBe(personId('Nguyễn Văn Hưng', 'Hà Tĩnh'));
  });
});
