// Demo product catalogue: a leisure-snack company (休闲食品 — the handbook's KA section asks for
// reps who "做过休闲食品小食品"). Plain data in the API's product shape, keyed by SKU.
// Barcodes are EAN-13 with a valid check digit under a fictional company prefix (6971234).
// Money is in major units (yuan) with at most 2 decimals; supplyPrice < retailPrice.

export interface DemoProduct {
  sku: string;
  barcode: string;
  name: string;
  spec: string;
  unit: string;
  category: string;
  brand: string;
  retailPrice: number;
  supplyPrice: number;
  shelfLifeDays: number;
  /** Units per case; suggested orders are rounded up to a multiple of it (RULES R1). */
  packSize: 1 | 6 | 12 | 24;
  isKey: boolean;
  isNew: boolean;
  /** A company clearance window (公司指定清场产品, RULES R2), or null. */
  clearance: { from: string; to: string } | null;
}

export const demoProducts: DemoProduct[] = [
  {
    sku: 'HL-PH-001', barcode: '6971234101037', name: '禾乐原味薯片', spec: '70g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 7.5, supplyPrice: 5.2, shelfLifeDays: 270,
    packSize: 24, isKey: true, isNew: false, clearance: null,
  },
  {
    sku: 'HL-PH-002', barcode: '6971234101068', name: '禾乐番茄味薯片', spec: '70g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 7.5, supplyPrice: 5.2, shelfLifeDays: 270,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-PH-003', barcode: '6971234101099', name: '禾乐黄瓜味薯片', spec: '70g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 7.5, supplyPrice: 5.2, shelfLifeDays: 270,
    packSize: 24, isKey: false, isNew: false, clearance: { from: '2026-11-16', to: '2026-12-13' },
  },
  {
    sku: 'HL-PH-004', barcode: '6971234101129', name: '禾乐原味薯片（桶装）', spec: '104g', unit: '罐',
    category: '膨化食品', brand: '禾乐', retailPrice: 11.9, supplyPrice: 8.3, shelfLifeDays: 360,
    packSize: 12, isKey: true, isNew: false, clearance: null,
  },
  {
    sku: 'HL-PH-005', barcode: '6971234101150', name: '禾乐玉米脆（烧烤味）', spec: '60g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 5.5, supplyPrice: 3.8, shelfLifeDays: 240,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-PH-006', barcode: '6971234101181', name: '禾乐鲜虾条', spec: '80g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 6, supplyPrice: 4.1, shelfLifeDays: 240,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-PH-007', barcode: '6971234101211', name: '禾乐麻辣小龙虾味薯片', spec: '70g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 7.9, supplyPrice: 5.5, shelfLifeDays: 270,
    packSize: 24, isKey: false, isNew: true, clearance: null,
  },
  {
    sku: 'HL-PH-008', barcode: '6971234101242', name: '禾乐家庭分享装薯片', spec: '180g', unit: '袋',
    category: '膨化食品', brand: '禾乐', retailPrice: 15.9, supplyPrice: 11.2, shelfLifeDays: 270,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-001', barcode: '6971234201034', name: '果仁坊每日坚果', spec: '25g×30包', unit: '盒',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 129, supplyPrice: 92, shelfLifeDays: 180,
    packSize: 6, isKey: true, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-002', barcode: '6971234201065', name: '果仁坊每日坚果（周装）', spec: '25g×7包', unit: '盒',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 35.9, supplyPrice: 25.5, shelfLifeDays: 180,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-003', barcode: '6971234201096', name: '果仁坊奶油味碧根果', spec: '210g', unit: '袋',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 29.9, supplyPrice: 21, shelfLifeDays: 240,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-004', barcode: '6971234201126', name: '果仁坊盐焗腰果', spec: '160g', unit: '袋',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 26.8, supplyPrice: 18.8, shelfLifeDays: 240,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-005', barcode: '6971234201157', name: '果仁坊焦糖瓜子', spec: '250g', unit: '袋',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 9.9, supplyPrice: 6.6, shelfLifeDays: 240,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-006', barcode: '6971234201188', name: '果仁坊原味开心果', spec: '200g', unit: '袋',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 32.8, supplyPrice: 23.5, shelfLifeDays: 300,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-007', barcode: '6971234201218', name: '果仁坊坚果礼盒', spec: '1.2kg', unit: '盒',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 168, supplyPrice: 118, shelfLifeDays: 240,
    packSize: 1, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-JG-008', barcode: '6971234201249', name: '果仁坊蟹黄味蚕豆', spec: '150g', unit: '袋',
    category: '坚果炒货', brand: '果仁坊', retailPrice: 6.9, supplyPrice: 4.6, shelfLifeDays: 240,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-BG-001', barcode: '6971234101273', name: '禾乐苏打饼干（香葱味）', spec: '400g', unit: '袋',
    category: '饼干糕点', brand: '禾乐', retailPrice: 9.8, supplyPrice: 6.8, shelfLifeDays: 365,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-BG-002', barcode: '6971234101303', name: '禾乐夹心饼干（巧克力味）', spec: '300g', unit: '袋',
    category: '饼干糕点', brand: '禾乐', retailPrice: 10.5, supplyPrice: 7.3, shelfLifeDays: 365,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-BG-003', barcode: '6971234101334', name: '禾乐蛋黄酥', spec: '6枚装', unit: '盒',
    category: '饼干糕点', brand: '禾乐', retailPrice: 19.9, supplyPrice: 13.9, shelfLifeDays: 120,
    packSize: 12, isKey: false, isNew: true, clearance: null,
  },
  {
    sku: 'HL-BG-004', barcode: '6971234101365', name: '禾乐手撕面包', spec: '500g', unit: '袋',
    category: '饼干糕点', brand: '禾乐', retailPrice: 16.8, supplyPrice: 11.5, shelfLifeDays: 45,
    packSize: 6, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-BG-005', barcode: '6971234101396', name: '禾乐威化饼干（香草味）', spec: '200g', unit: '袋',
    category: '饼干糕点', brand: '禾乐', retailPrice: 7.8, supplyPrice: 5.4, shelfLifeDays: 365,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-BG-006', barcode: '6971234101426', name: '禾乐黄油曲奇礼盒', spec: '681g', unit: '罐',
    category: '饼干糕点', brand: '禾乐', retailPrice: 49.9, supplyPrice: 35, shelfLifeDays: 365,
    packSize: 6, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'MX-RG-001', barcode: '6971234301031', name: '牧香原味牛肉干', spec: '100g', unit: '袋',
    category: '肉干肉脯', brand: '牧香', retailPrice: 26.8, supplyPrice: 18.9, shelfLifeDays: 180,
    packSize: 12, isKey: true, isNew: false, clearance: null,
  },
  {
    sku: 'MX-RG-002', barcode: '6971234301062', name: '牧香五香牛肉干', spec: '100g', unit: '袋',
    category: '肉干肉脯', brand: '牧香', retailPrice: 26.8, supplyPrice: 18.9, shelfLifeDays: 180,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'MX-RG-003', barcode: '6971234301093', name: '牧香靖江风味猪肉脯', spec: '100g', unit: '袋',
    category: '肉干肉脯', brand: '牧香', retailPrice: 18.9, supplyPrice: 13.2, shelfLifeDays: 180,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'MX-RG-004', barcode: '6971234301123', name: '牧香卤鸭脖（微辣）', spec: '180g', unit: '袋',
    category: '肉干肉脯', brand: '牧香', retailPrice: 19.9, supplyPrice: 13.8, shelfLifeDays: 120,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'MX-RG-005', barcode: '6971234301154', name: '牧香香辣鸡翅（独立包装）', spec: '200g', unit: '袋',
    category: '肉干肉脯', brand: '牧香', retailPrice: 22.8, supplyPrice: 15.9, shelfLifeDays: 150,
    packSize: 12, isKey: false, isNew: false, clearance: { from: '2026-11-09', to: '2026-12-31' },
  },
  {
    sku: 'LX-DG-001', barcode: '6971234401038', name: '辣小二麻辣豆干', spec: '120g', unit: '袋',
    category: '豆干辣条', brand: '辣小二', retailPrice: 5.9, supplyPrice: 3.9, shelfLifeDays: 180,
    packSize: 24, isKey: true, isNew: false, clearance: null,
  },
  {
    sku: 'LX-DG-002', barcode: '6971234401069', name: '辣小二五香豆干', spec: '120g', unit: '袋',
    category: '豆干辣条', brand: '辣小二', retailPrice: 5.9, supplyPrice: 3.9, shelfLifeDays: 180,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'LX-DG-003', barcode: '6971234401090', name: '辣小二大面筋', spec: '102g', unit: '袋',
    category: '豆干辣条', brand: '辣小二', retailPrice: 3.5, supplyPrice: 2.3, shelfLifeDays: 180,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'LX-DG-004', barcode: '6971234401120', name: '辣小二魔芋爽（香辣味）', spec: '15g×20包', unit: '袋',
    category: '豆干辣条', brand: '辣小二', retailPrice: 12.9, supplyPrice: 8.8, shelfLifeDays: 240,
    packSize: 12, isKey: false, isNew: true, clearance: null,
  },
  {
    sku: 'GR-GG-001', barcode: '6971234201270', name: '果仁坊芒果干', spec: '100g', unit: '袋',
    category: '果干蜜饯', brand: '果仁坊', retailPrice: 12.9, supplyPrice: 8.9, shelfLifeDays: 270,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-GG-002', barcode: '6971234201300', name: '果仁坊黄桃果干', spec: '100g', unit: '袋',
    category: '果干蜜饯', brand: '果仁坊', retailPrice: 12.9, supplyPrice: 8.9, shelfLifeDays: 270,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-GG-003', barcode: '6971234201331', name: '果仁坊九制话梅', spec: '138g', unit: '袋',
    category: '果干蜜饯', brand: '果仁坊', retailPrice: 8.9, supplyPrice: 6, shelfLifeDays: 365,
    packSize: 24, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'GR-GG-004', barcode: '6971234201362', name: '果仁坊冻干草莓脆', spec: '30g', unit: '袋',
    category: '果干蜜饯', brand: '果仁坊', retailPrice: 16.9, supplyPrice: 11.8, shelfLifeDays: 365,
    packSize: 12, isKey: false, isNew: true, clearance: null,
  },
  {
    sku: 'TX-TG-001', barcode: '6971234501035', name: '甜心屋水果硬糖（混合口味）', spec: '400g', unit: '袋',
    category: '糖果', brand: '甜心屋', retailPrice: 15.9, supplyPrice: 10.9, shelfLifeDays: 540,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'TX-TG-002', barcode: '6971234501066', name: '甜心屋花生牛轧糖', spec: '250g', unit: '袋',
    category: '糖果', brand: '甜心屋', retailPrice: 18.8, supplyPrice: 13, shelfLifeDays: 365,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'TX-TG-003', barcode: '6971234501097', name: '甜心屋水果棒棒糖', spec: '20支', unit: '桶',
    category: '糖果', brand: '甜心屋', retailPrice: 24.9, supplyPrice: 17.5, shelfLifeDays: 540,
    packSize: 6, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-HT-001', barcode: '6971234101457', name: '禾乐夹心海苔（芝麻味）', spec: '40g', unit: '罐',
    category: '海苔', brand: '禾乐', retailPrice: 19.9, supplyPrice: 13.9, shelfLifeDays: 300,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-HT-002', barcode: '6971234101488', name: '禾乐海苔卷（原味）', spec: '36g', unit: '罐',
    category: '海苔', brand: '禾乐', retailPrice: 12.9, supplyPrice: 8.9, shelfLifeDays: 300,
    packSize: 12, isKey: false, isNew: false, clearance: null,
  },
  {
    sku: 'HL-LB-001', barcode: '6971234101518', name: '禾乐零食大礼包', spec: '1.5kg', unit: '箱',
    category: '礼盒', brand: '禾乐', retailPrice: 89, supplyPrice: 62, shelfLifeDays: 180,
    packSize: 1, isKey: false, isNew: false, clearance: null,
  },
];

/** Product by SKU (throws on an unknown SKU: the demo data must be self-consistent). */
export function demoProduct(sku: string): DemoProduct {
  const product = demoProducts.find((p) => p.sku === sku);
  if (!product) throw new Error(`unknown demo SKU ${sku}`);
  return product;
}
