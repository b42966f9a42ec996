package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryLabelsTest {

    @Test
    void everyLabelShowsWhileTheyFit() {
        assertThat(CategoryLabels.every(20, 60)).isEqualTo(1);
        assertThat(CategoryLabels.every(20, 28)).isEqualTo(1);
    }

    @Test
    void closerCategoriesAreLabelledEvery2nd5th10th() {
        assertThat(CategoryLabels.every(20, 27.9)).isEqualTo(2);
        assertThat(CategoryLabels.every(20, 14)).isEqualTo(2);
        assertThat(CategoryLabels.every(20, 13.9)).isEqualTo(5);
        assertThat(CategoryLabels.every(20, 5)).isEqualTo(10);
        assertThat(CategoryLabels.every(60, 1)).isEqualTo(100);
    }

    @Test
    void anAxisNotLaidOutYetLabelsEverything() {
        assertThat(CategoryLabels.every(20, 0)).isEqualTo(1);
        assertThat(CategoryLabels.every(0, 10)).isEqualTo(1);
        assertThat(CategoryLabels.every(20, Double.NaN)).isEqualTo(1);
    }
}
