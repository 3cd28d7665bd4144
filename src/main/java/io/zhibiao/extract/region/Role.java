package io.zhibiao.extract.region;

/** What a region mention does in its sentence. */
public enum Role {
    /** Names the region the facts around it are about (江北区完成地区生产总值…, 全区GDP增长5.1%). */
    SUBJECT,
    /** The other region of a comparison or a share (高于全市, 比全国, 占全市…比重). */
    COMPARISON,
    /** A ranking scope (全市第一, 居主城都市区第一位, 在全市12个国家级开发区中排名第一, 重庆首条). */
    SCOPE,
    /** Inside the name of an organisation, place or project that is not itself the region (重庆大学, 江北嘴, 四川泸州港). */
    NAME_PART,
    /** A reporter's unit line that ends a section (巴南区融媒体中心 伍凤秋). */
    BYLINE,
    /**
     * Named in passing, not what the facts are about: a partner, origin or destination (与泸州签订, 来自四川),
     * an item of a counted list (美国、香港等18个国家和地区), a designation in the middle of a clause
     * (创建全国乡村旅游重点村3个).
     */
    OTHER
}
