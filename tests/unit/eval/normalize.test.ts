import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/eval/normalize.js';

describe('normalizeForMatch', () => {
  it.each([
    { what: 'tone marks and other diacritics go, and đ is d', text: 'Vũ Đại Thắng', expected: 'vu dai thang' },
    { what: 'the tone mark on either vowel (uỷ / ủy)', text: 'Thành uỷ', expected: 'thanh uy' },
    { what: 'NFD input', text: 'Phạm Minh Chính'.normalize('NFD'), expected: 'pham minh chinh' },
    { what: 'case and runs of spaces', text: '  PHÓ   bí  THƯ ', expected: 'pho bi thu' },
    { what: 'punctuation is a space', text: 'Ban Kinh tế - Ngân sách, HĐND tỉnh.', expected: 'ban kinh te ngan sach hoi dong nhan dan tinh' },
    { what: 'TW and TT', text: 'Ủy viên TW Đảng, Phó Bí thư TT Tỉnh ủy', expected: 'uy vien trung uong dang pho bi thu thuong truc tinh uy' },
    { what: 'UBND and TP (with a dot)', text: 'Chủ tịch UBND TP. Hạ Long', expected: 'chu tich uy ban nhan dan thanh pho ha long' },
    { what: 'BCH and BTV', text: 'BCH Đảng bộ, BTV Tỉnh ủy', expected: 'ban chap hanh dang bo ban thuong vu tinh uy' },
    { what: 'MTTQ and ĐBQH', text: 'Ủy ban MTTQ tỉnh, Đoàn ĐBQH', expected: 'uy ban mat tran to quoc tinh doan dai bieu quoc hoi' },
    { what: 'UB and UBKT', text: 'Chủ nhiệm UBKT Tỉnh ủy, Phó Chủ tịch UB MTTQ', expected: 'chu nhiem uy ban kiem tra tinh uy pho chu tich uy ban mat tran to quoc' },
    { what: 'TX', text: 'Bí thư Thị ủy TX. Đông Triều', expected: 'bi thu thi uy thi xa dong trieu' },
    { what: 'T.Ư', text: 'Ủy viên T.Ư Đảng', expected: 'uy vien trung uong dang' },
    { what: "the Party's full name", text: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', expected: 'ban chap hanh trung uong dang' },
    { what: 'abbreviation letters inside a word stay', text: 'Hồ Quốc Dũng ttp', expected: 'ho quoc dung ttp' },
  ])('$what', ({ text, expected }) => {
    expect(normalizeForMatch(text)).toBe(expected);
  });

  it('makes an abbreviated title equal to the full one', () => {
    expect(normalizeForMatch('Phó Chủ tịch TT UBND TP Hạ Long')).toBe(normalizeForMatch('Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hạ Long'));
  });

  it('leaves the word "tư" alone: only capital TƯ is Trung ương', () => {
    expect(normalizeForMatch('Sở Kế hoạch và Đầu tư')).toBe('so ke hoach va dau tu');
  });
});
