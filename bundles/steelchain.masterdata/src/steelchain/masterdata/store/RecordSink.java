package steelchain.masterdata.store;

import java.io.IOException;
import java.util.List;

/** Receives exported records, each as its cells in the layout's column order. */
@FunctionalInterface
public interface RecordSink {

    void write(List<String> cells) throws IOException;
}
