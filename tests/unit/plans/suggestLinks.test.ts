import { describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { suggestLinks } from '../../../src/lib/plans/suggestLinks';

const PLAN_002 = ['pci', 'ddci_42', 'sipas'];
const pairs = (text: string, indices = PLAN_002) => suggestLinks(text, indices, SHIPPED_DEFINITIONS).map((l) => `${l.indexId}:${l.component}`);

describe('suggestLinks', () => {
  it('a communication task → PCI and DDCI transparency, with the words that say so', () => {
    const s = suggestLinks('Tuyên truyền trên Cổng Thông tin điện tử của tỉnh', PLAN_002, SHIPPED_DEFINITIONS);
    expect(s.map((l) => `${l.indexId}:${l.component}`)).toEqual(['pci:tinh_minh_bach', 'ddci_42:tinh_minh_bach_tiep_can_thong_tin']);
    expect(s[0].reason).toBe('“Tuyên truyền”');
  });

  it('online public services → time costs and SIPAS; law → legal institutions; firms → business support; dialogue → proactivity', () => {
    expect(pairs('Tuyên truyền về dịch vụ công trực tuyến')).toEqual(
      expect.arrayContaining(['pci:chi_phi_thoi_gian', 'ddci_42:chi_phi_thoi_gian', 'sipas:total'])
    );
    expect(pairs('Tuyên truyền, phổ biến, giáo dục pháp luật trên các lĩnh vực')).toContain('pci:thiet_che_phap_ly');
    expect(pairs('Chuyên mục “Cải thiện môi trường đầu tư, kinh doanh”')).toContain('ddci_42:ho_tro_dn_htx_hkd');
    expect(pairs('Tổ chức các buổi gặp mặt, đối thoại giữa các cơ quan nhà nước với nhân dân')).toContain('pci:tinh_nang_dong');
  });

  it('only indices the plan names, only components the catalogue has, nothing from nothing', () => {
    expect(pairs('Tuyên truyền cải cách hành chính', [])).toEqual([]);
    expect(pairs('Tuyên truyền cải cách hành chính', ['par_index', 'dti'])).toEqual(['par_index:chi_dao_dieu_hanh']);
    expect(pairs('Tổ chức cuộc thi viết sáng kiến')).toEqual([]);
    // DTI is in the catalogue: a plan naming it gets its digital-government pillar for digital work.
    expect(pairs('Tuyên truyền về chuyển đổi số, chính quyền số', ['dti'])).toEqual(['dti:chinh_quyen_so']);
    expect(pairs('')).toEqual([]);
    expect(suggestLinks(null as unknown as string, PLAN_002, SHIPPED_DEFINITIONS)).toEqual([]);
  });
});
