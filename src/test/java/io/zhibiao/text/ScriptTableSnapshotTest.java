package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.lexicon.TsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The script table read from the build's snapshot is the one built from t2s.tsv (every array and
 * map the same), it is used by the step, and a snapshot made from another file is not used.
 */
class ScriptTableSnapshotTest {
    private static final long CRC = TsvReader.resourceChecksum(TraditionalToSimplifiedStep.RESOURCE);
    private static final TraditionalToSimplifiedStep.Table FILE =
            TraditionalToSimplifiedStep.Table.load(TsvReader.readResource(TraditionalToSimplifiedStep.RESOURCE));

    @Test
    void theBuildMadeAValidSnapshotAndTheStepUsesIt() {
        TraditionalToSimplifiedStep.Table t = ScriptTableSnapshot.find();
        assertThat(t).as(ScriptTableSnapshot.RESOURCE + " missing or stale: run mvn process-classes").isNotNull();
        same(FILE, t);
        same(FILE, new TraditionalToSimplifiedStep().table());
    }

    @Test
    void aSnapshotOfAnotherFileIsNotUsed() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ScriptTableSnapshot.write(FILE, CRC, b);
        assertThat(ScriptTableSnapshot.find(b.toByteArray(), CRC)).isNotNull();
        assertThat(ScriptTableSnapshot.find(b.toByteArray(), CRC + 1)).isNull();
        assertThat(ScriptTableSnapshot.find(b.toByteArray(), -1)).isNull();
        assertThat(ScriptTableSnapshot.find(null, CRC)).isNull();
        assertThat(ScriptTableSnapshot.find(new byte[] {1, 2, 3}, CRC)).isNull();
    }

    @Test
    void snapshotIsReproducible() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ScriptTableSnapshot.write(FILE, CRC, a);
        ScriptTableSnapshot.write(ScriptTableSnapshot.find(a.toByteArray(), CRC), CRC, b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
        assertThat(ScriptTableSnapshot.resource(ScriptTableSnapshot.RESOURCE)).isEqualTo(a.toByteArray());
    }

    private static void same(TraditionalToSimplifiedStep.Table x, TraditionalToSimplifiedStep.Table y) {
        assertThat(y.bmp).isEqualTo(x.bmp);
        assertThat(y.trigger).isEqualTo(x.trigger);
        assertThat(y.other).isEqualTo(x.other);
        assertThat(y.phrases.keySet()).isEqualTo(x.phrases.keySet());
        for (Map.Entry<Character, String[][]> e : x.phrases.entrySet()) {
            assertThat(y.phrases.get(e.getKey())).as("phrases at %s", e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(x.phrases).isNotEmpty();
        assertThat(x.other).isNotEmpty();
    }
}
