/**
 * Cities and towns under a province (before the 2025 merger), and the province each is in: an
 * article that names only "thành phố Hạ Long" or "TX Đông Triều" is about Quảng Ninh.
 */
const CITIES_BY_PROVINCE: Readonly<Record<string, readonly string[]>> = {
  'Quảng Ninh': ['Hạ Long', 'Móng Cái', 'Cẩm Phả', 'Uông Bí', 'Đông Triều', 'Quảng Yên'],
  'Lào Cai': ['Lào Cai', 'Sa Pa'],
  'Yên Bái': ['Yên Bái', 'Nghĩa Lộ'],
  'Hà Giang': ['Hà Giang'],
  'Tuyên Quang': ['Tuyên Quang'],
  'Cao Bằng': ['Cao Bằng'],
  'Lạng Sơn': ['Lạng Sơn'],
  'Bắc Kạn': ['Bắc Kạn'],
  'Thái Nguyên': ['Thái Nguyên', 'Sông Công', 'Phổ Yên'],
  'Phú Thọ': ['Việt Trì', 'Phú Thọ'],
  'Vĩnh Phúc': ['Vĩnh Yên', 'Phúc Yên'],
  'Bắc Giang': ['Bắc Giang'],
  'Bắc Ninh': ['Bắc Ninh', 'Từ Sơn'],
  'Hải Dương': ['Hải Dương', 'Chí Linh', 'Kinh Môn'],
  'Hưng Yên': ['Hưng Yên', 'Mỹ Hào'],
  'Thái Bình': ['Thái Bình'],
  'Nam Định': ['Nam Định'],
  'Hà Nam': ['Phủ Lý', 'Duy Tiên'],
  'Ninh Bình': ['Ninh Bình', 'Tam Điệp'],
  'Hòa Bình': ['Hòa Bình'],
  'Sơn La': ['Sơn La'],
  'Điện Biên': ['Điện Biên Phủ', 'Mường Lay'],
  'Lai Châu': ['Lai Châu'],
  'Thanh Hóa': ['Thanh Hóa', 'Sầm Sơn', 'Bỉm Sơn', 'Nghi Sơn'],
  'Nghệ An': ['Vinh', 'Cửa Lò', 'Thái Hòa', 'Hoàng Mai'],
  'Hà Tĩnh': ['Hà Tĩnh', 'Hồng Lĩnh', 'Kỳ Anh'],
  'Quảng Bình': ['Đồng Hới', 'Ba Đồn'],
  'Quảng Trị': ['Đông Hà', 'Quảng Trị'],
  'Thừa Thiên Huế': ['Hương Thủy', 'Hương Trà'],
  'Quảng Nam': ['Tam Kỳ', 'Hội An', 'Điện Bàn'],
  'Quảng Ngãi': ['Quảng Ngãi', 'Đức Phổ'],
  'Bình Định': ['Quy Nhơn', 'An Nhơn', 'Hoài Nhơn'],
  'Phú Yên': ['Tuy Hòa', 'Sông Cầu', 'Đông Hòa'],
  'Khánh Hòa': ['Nha Trang', 'Cam Ranh', 'Ninh Hòa'],
  'Ninh Thuận': ['Phan Rang - Tháp Chàm'],
  'Bình Thuận': ['Phan Thiết', 'La Gi'],
  'Kon Tum': ['Kon Tum'],
  'Gia Lai': ['Pleiku', 'An Khê', 'Ayun Pa'],
  'Đắk Lắk': ['Buôn Ma Thuột', 'Buôn Hồ'],
  'Đắk Nông': ['Gia Nghĩa'],
  'Lâm Đồng': ['Đà Lạt', 'Bảo Lộc'],
  'Bình Phước': ['Đồng Xoài', 'Bình Long', 'Phước Long', 'Chơn Thành'],
  'Tây Ninh': ['Tây Ninh', 'Hòa Thành', 'Trảng Bàng'],
  'Bình Dương': ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Tân Uyên', 'Bến Cát'],
  'Đồng Nai': ['Biên Hòa', 'Long Khánh'],
  'Bà Rịa - Vũng Tàu': ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ'],
  'Long An': ['Tân An', 'Kiến Tường'],
  'Tiền Giang': ['Mỹ Tho', 'Gò Công', 'Cai Lậy'],
  'Bến Tre': ['Bến Tre'],
  'Trà Vinh': ['Trà Vinh', 'Duyên Hải'],
  'Vĩnh Long': ['Vĩnh Long', 'Bình Minh'],
  'Đồng Tháp': ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'],
  'An Giang': ['Long Xuyên', 'Châu Đốc', 'Tân Châu', 'Tịnh Biên'],
  'Kiên Giang': ['Rạch Giá', 'Hà Tiên', 'Phú Quốc'],
  'Hậu Giang': ['Vị Thanh', 'Ngã Bảy', 'Long Mỹ'],
  'Sóc Trăng': ['Sóc Trăng', 'Vĩnh Châu', 'Ngã Năm'],
  'Bạc Liêu': ['Bạc Liêu', 'Giá Rai'],
  'Cà Mau': ['Cà Mau'],
  'Hồ Chí Minh': ['Thủ Đức'],
};

const PROVINCE_OF = new Map<string, string>();
for (const [province, cities] of Object.entries(CITIES_BY_PROVINCE)) {
  for (const city of cities) if (!PROVINCE_OF.has(city)) PROVINCE_OF.set(city, province);
}

/**
 * The province a city or town is in, or null when it is not a known one.
 *
 * @example provinceOfCity('Hạ Long') === 'Quảng Ninh'
 */
export function provinceOfCity(name: string): string | null {
  return PROVINCE_OF.get(name) ?? null;
}
