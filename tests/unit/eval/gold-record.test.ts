import { describe, expect, it } from 'vitest';
import type {
  AreaRef,
  BodyRef,
  ChangeMention,
  EventMention,
  Evidence,
  Extraction,
  ParticipationRole,
  PartialDate,
  TitleMention,
} from '../../../src/domain/extraction.js';
import type { Role } from '../../../src/domain/roles.js';
import { GoldRecordModel } from '../../../src/eval/gold-model.js';
import { toGoldRecord } from '../../../src/eval/gold-record.js';

const evidence: Evidence = { quote: '', start: 0, end: 0 };
const QUANG_NINH: AreaRef = { name: 'Quảng Ninh', kind: 'PROVINCE', within: null };
const TINH_UY: BodyRef = { kind: 'PARTY_COMMITTEE', level: 'PROVINCE', area: QUANG_NINH, name: 'Tỉnh ủy Quảng Ninh', nameEn: 'Quang Ninh Provincial Party Committee' };
const CENTRAL_COMMITTEE: BodyRef = { kind: 'PARTY_CENTRAL_COMMITTEE', level: 'CENTRAL', area: null, name: 'Ban Chấp hành Trung ương Đảng', nameEn: 'Party Central Committee' };
/** "Chủ tịch HĐND tỉnh" in an article that names no province. */
const HDND_SOMEWHERE: BodyRef = { kind: 'PEOPLES_COUNCIL', level: 'PROVINCE', area: null, name: 'Hội đồng nhân dân tỉnh', nameEn: 'Provincial People\'s Council' };
const UBND: BodyRef = { kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', area: QUANG_NINH, name: 'Ủy ban nhân dân tỉnh Quảng Ninh', nameEn: 'Quang Ninh Provincial People\'s Committee' };

const title = (asWritten: string, role: Role, body: BodyRef | null, status: TitleMention['status'] = 'CURRENT'): TitleMention => ({ asWritten, role, body, status, term: null, evidence });
const day = (year: number, month: number, dayOfMonth: number, text: string): PartialDate => ({ precision: 'DAY', year, month, day: dayOfMonth, text });
const participant = (name: string, ...roles: ParticipationRole[]) => ({ name, roles, evidence });
const change = (fields: Partial<ChangeMention> & Pick<ChangeMention, 'kind' | 'person'>): ChangeMention => ({
  title: null,
  fromTitle: null,
  date: null,
  planned: false,
  evidence,
  ...fields,
});
const event = (fields: Partial<EventMention> & Pick<EventMention, 'name'>): EventMention => ({
  kind: 'CONFERENCE',
  ordinal: null,
  term: null,
  convenedBy: null,
  date: null,
  participants: [],
  evidence,
  ...fields,
});

const extraction: Extraction = {
  context: { province: QUANG_NINH, city: null, date: '2025-04-03' },
  persons: [
    { name: 'Đặng Văn Khôi', titles: [title('Ủy viên TW Đảng', 'MEMBER', CENTRAL_COMMITTEE), title('Bí thư Tỉnh ủy', 'SECRETARY', TINH_UY)], evidence },
    { name: 'Lưu Thị Hạnh', titles: [title('Phó Bí thư TT Tỉnh ủy', 'STANDING_DEPUTY_SECRETARY', TINH_UY), title('Chủ tịch HĐND tỉnh', 'CHAIR', HDND_SOMEWHERE)], evidence },
    // Seen again: merged into the first mention, repeats dropped (whatever the case of the title).
    { name: 'Đặng Văn Khôi', titles: [title('bí thư Tỉnh uỷ', 'SECRETARY', TINH_UY), title('nguyên Chủ tịch UBND tỉnh', 'CHAIR', UBND, 'FORMER')], evidence },
    // The same post again with another status: still one post, the first status kept.
    { name: 'Lưu Thị Hạnh', titles: [title('nguyên Phó Bí thư Thường trực Tỉnh ủy', 'STANDING_DEPUTY_SECRETARY', TINH_UY, 'FORMER')], evidence },
    { name: 'Trần Văn Bình', titles: [], evidence },
  ],
  events: [
    event({
      name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh lần thứ 25',
      date: day(2025, 4, 3, 'Ngày 3/4'),
      participants: [
        participant('Đặng Văn Khôi', 'CHAIRED', 'CONCLUDED'),
        participant('Lưu Thị Hạnh', 'CO_CHAIRED'),
        participant('Trần Văn Bình', 'ATTENDED'),
        participant('Phạm Quốc Huy', 'DIRECTED', 'SPOKE'),
      ],
    }),
    event({ name: 'Kỳ họp thứ 20 Hội đồng nhân dân tỉnh Quảng Ninh', kind: 'SESSION', date: { precision: 'MONTH', year: 2025, month: 4, text: 'tháng 4/2025' } }),
  ],
  changes: [
    change({ kind: 'RE_ELECTED', person: 'Đặng Văn Khôi', title: title('Bí thư Tỉnh ủy', 'SECRETARY', TINH_UY), date: day(2025, 4, 3, '3/4') }),
    change({ kind: 'RELIEVED', person: 'Trần Văn Bình', title: title('Phó Chủ tịch UBND tỉnh', 'VICE_CHAIR', UBND), planned: true }),
    change({ kind: 'TRANSFERRED', person: 'Ngô Thị Lan', title: title('Chủ tịch UBND tỉnh', 'CHAIR', UBND), fromTitle: title('Bí thư Tỉnh ủy', 'SECRETARY', TINH_UY) }),
    change({ kind: 'RETIRED', person: 'Trần Văn Bình' }),
  ],
  governmentEnds: [],
    bodyEnds: [],
};

const CURRENT = 'current';

describe('toGoldRecord', () => {
  const record = toGoldRecord('hoi-nghi.txt', { date: '2025-04-03' }, extraction);

  it('merges each person\'s mentions in first-seen order, each post once, with the posts taken up or left in changes', () => {
    expect(record.mentions).toEqual([
      {
        person: 'Đặng Văn Khôi',
        titles: ['Ủy viên TW Đảng', 'Bí thư Tỉnh ủy', 'nguyên Chủ tịch UBND tỉnh'],
        resolved: [
          { role: 'Ủy viên', org: 'Ban Chấp hành Trung ương Đảng', role_en: 'Member', org_en: 'Party Central Committee', status: CURRENT },
          // Re-elected in this article: the change's status wins over the mention's.
          { role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh', role_en: 'Secretary', org_en: 'Quang Ninh Provincial Party Committee', status: 'new' },
          { role: 'Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', role_en: 'Chair', org_en: "Quang Ninh Provincial People's Committee", status: 'former' },
        ],
      },
      {
        person: 'Lưu Thị Hạnh',
        titles: ['Phó Bí thư TT Tỉnh ủy', 'Chủ tịch HĐND tỉnh', 'nguyên Phó Bí thư Thường trực Tỉnh ủy'],
        resolved: [
          { role: 'Phó Bí thư Thường trực', org: 'Tỉnh ủy Quảng Ninh', role_en: 'Standing Deputy Secretary', org_en: 'Quang Ninh Provincial Party Committee', status: CURRENT },
          // A provincial body whose province is unknown: no org.
          { role: 'Chủ tịch', org: null, role_en: 'Chair', org_en: null, status: CURRENT },
        ],
      },
      {
        person: 'Trần Văn Bình',
        titles: ['Phó Chủ tịch UBND tỉnh'],
        // Relieved only in a plan: still held.
        resolved: [{ role: 'Phó Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', role_en: 'Vice Chair', org_en: "Quang Ninh Provincial People's Committee", status: CURRENT }],
      },
      {
        person: 'Ngô Thị Lan',
        titles: ['Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'],
        resolved: [
          { role: 'Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', role_en: 'Chair', org_en: "Quang Ninh Provincial People's Committee", status: 'new' },
          { role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh', role_en: 'Secretary', org_en: 'Quang Ninh Provincial Party Committee', status: 'former' },
        ],
      },
    ]);
  });

  it('puts chairs and co-chairs in chaired_by and every other participant in attended_by; a date only to the day', () => {
    expect(record.events).toEqual([
      {
        name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh lần thứ 25',
        date: '2025-04-03',
        chaired_by: ['Đặng Văn Khôi', 'Lưu Thị Hạnh'],
        attended_by: ['Trần Văn Bình', 'Phạm Quốc Huy'],
        date_text: 'Ngày 3/4',
        kind: 'CONFERENCE',
      },
      { name: 'Kỳ họp thứ 20 Hội đồng nhân dân tỉnh Quảng Ninh', date: null, chaired_by: [], attended_by: [], date_text: 'tháng 4/2025', kind: 'SESSION' },
    ]);
  });

  it('writes changes with the gold kinds, the post, "proposed" when planned and the post left on a transfer', () => {
    expect(record.changes).toEqual([
      { person: 'Đặng Văn Khôi', kind: 're-elected', role: 'Bí thư', org: 'Tỉnh ủy Quảng Ninh', date: '2025-04-03' },
      { person: 'Trần Văn Bình', kind: 'relieved', role: 'Phó Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', date: null, modality: 'proposed' },
      { person: 'Ngô Thị Lan', kind: 'transferred', role: 'Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', date: null, from_role: 'Bí thư', from_org: 'Tỉnh ủy Quảng Ninh' },
      { person: 'Trần Văn Bình', kind: 'retired', role: null, org: null, date: null },
    ]);
  });

  it('lists an implied post (a replaced person\'s) among the posts, with no title string', () => {
    const implied: TitleMention = { ...title('Chủ tịch UBND tỉnh', 'CHAIR', UBND, 'FORMER'), implied: true };
    const replaced = toGoldRecord('a.txt', { date: null }, { ...extraction, persons: [{ name: 'Mai Văn Thái', titles: [implied], evidence }], events: [], changes: [] });
    expect(replaced.mentions).toEqual([
      { person: 'Mai Văn Thái', titles: [], resolved: [{ role: 'Chủ tịch', org: 'Ủy ban nhân dân tỉnh Quảng Ninh', role_en: 'Chair', org_en: 'Quang Ninh Provincial People\'s Committee', status: 'former' }] },
    ]);
  });

  it('is valid gold, with "unknown" for an article without a date', () => {
    expect(GoldRecordModel.safeParse(record).success).toBe(true);
    const undated = toGoldRecord('a.txt', { date: null }, { ...extraction, persons: [], events: [], changes: [] });
    expect(undated).toEqual({ file: 'a.txt', date: 'unknown', mentions: [], events: [], changes: [] });
  });
});
