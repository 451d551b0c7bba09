package dev.bubblerisk.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/** Deal files in JSON, one deal per line, for the JSON fast path of the loader. */
final class JsonDealFileWriter implements DealFileWriter {

    private final Writer out;
    /** Whether the object or array at each open level has had a member yet. */
    private final Deque<boolean[]> started = new ArrayDeque<>();

    JsonDealFileWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(String asOf) throws IOException {
        out.write("{\"format\":\"bubblerisk/v1\",\"as_of\":\"" + asOf + "\",\"currency\":\"USD\"");
    }

    @Override
    public void beginSection(String name) throws IOException {
        out.write(",\n\"" + name + "\":[");
        started.push(new boolean[1]);
    }

    @Override
    public void beginItem(int depth) throws IOException {
        separate();
        out.write(depth == 1 ? "\n{" : "{");
        started.push(new boolean[1]);
    }

    @Override
    public void field(int depth, String name, String value, boolean quoted) throws IOException {
        separate();
        out.write("\"" + name + "\":" + DealFileWriters.value(value, quoted));
    }

    @Override
    public void beginNested(int depth, String name, boolean list) throws IOException {
        separate();
        out.write("\"" + name + "\":" + (list ? "[" : "{"));
        started.push(new boolean[1]);
    }

    @Override
    public void endNested(int depth, boolean list) throws IOException {
        started.pop();
        out.write(list ? "]" : "}");
    }

    @Override
    public void endItem(int depth) throws IOException {
        started.pop();
        out.write("}");
    }

    @Override
    public void endSection() throws IOException {
        started.pop();
        out.write("]");
    }

    @Override
    public void end() throws IOException {
        out.write("}\n");
        out.flush();
    }

    private void separate() throws IOException {
        boolean[] level = started.peek();
        if (level[0]) {
            out.write(",");
        }
        level[0] = true;
    }
}
