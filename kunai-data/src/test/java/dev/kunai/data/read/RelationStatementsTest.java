package dev.kunai.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationStatementsTest {

    @Test
    void idCountsArePaddedToTheNextPowerOfTwoUpToTheChunk() {
        assertThat(RelationStatements.padded(1)).isEqualTo(1);
        assertThat(RelationStatements.padded(2)).isEqualTo(2);
        assertThat(RelationStatements.padded(3)).isEqualTo(4);
        assertThat(RelationStatements.padded(5)).isEqualTo(8);
        assertThat(RelationStatements.padded(8)).isEqualTo(8);
        assertThat(RelationStatements.padded(8_193)).isEqualTo(SchemaReader.CHUNK);
        assertThat(RelationStatements.padded(SchemaReader.CHUNK)).isEqualTo(SchemaReader.CHUNK);
    }

    @Test
    void paddingRepeatsTheLastId() {
        assertThat(RelationStatements.pad(List.of(7L, 3L, 9L))).containsExactly(7L, 3L, 9L, 9L);
        assertThat(RelationStatements.pad(List.of(1L, 2L, 3L, 4L, 5L))).containsExactly(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L);
        List<Object> four = List.of(1L, 2L, 3L, 4L);
        assertThat(RelationStatements.pad(four)).isSameAs(four);
    }
}
