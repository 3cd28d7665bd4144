package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.IndicatorExtractor;
import org.junit.jupiter.api.Test;

/** The builder rejects what cannot work with a message naming the value. */
class BuilderValuesTest {
    @Test
    void anUnknownDefaultRegionIsRejectedByName() {
        IndicatorExtractor.Builder b = IndicatorExtractor.builder().defaultRegion("不存在市");
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不存在市")
                .hasMessageContaining("gazetteer");
        assertThat(IndicatorExtractor.builder().defaultRegion("重庆市").build().defaults().defaultRegion())
                .isEqualTo("重庆市");
        assertThat(IndicatorExtractor.builder().defaultRegion("江北区").build()).isNotNull();
    }

    @Test
    void aYearOutOfRangeNamesTheRange() {
        assertThatThrownBy(() -> IndicatorExtractor.builder().documentYear(20200))
                .hasMessageContaining("20200").hasMessageContaining(IndicatorExtractor.MIN_YEAR + " to "
                        + IndicatorExtractor.MAX_YEAR);
    }
}
