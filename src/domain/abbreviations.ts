/**
 * The usual abbreviations of Vietnamese official titles (DESIGN.md), folded (no marks,
 * lowercase) as a user types or a matcher compares them, with the folded words they stand for.
 *
 * @example FOLDED_ABBREVIATIONS.hdnd === 'hoi dong nhan dan'
 */
export const FOLDED_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tw: 'trung uong',
  tt: 'thuong truc',
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  tp: 'thanh pho',
  bch: 'ban chap hanh',
  btv: 'ban thuong vu',
  mttq: 'mat tran to quoc',
  dbqh: 'dai bieu quoc hoi',
  ub: 'uy ban',
  ubkt: 'uy ban kiem tra',
  tx: 'thi xa',
};
