package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Refuses binary data and text that is not UTF-8 before a parser sees it, naming the first bad byte. */
public final class TextCheck {

    private TextCheck() {
    }

    public static Optional<Diagnostic> problem(String file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(new Diagnostic(locate(file, bytes, i), "binary data (a NUL byte): a deal file must be UTF-8 text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(new Diagnostic(locate(file, bytes, in.position()),
                        "the file is not UTF-8 text (invalid byte 0x" + String.format("%02X", bytes[in.position()] & 0xff) + ")"));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }

    /** Line and column (in characters, counting a multi-byte character once) of the byte at {@code offset}. */
    private static SourceLocation locate(String file, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }

}
