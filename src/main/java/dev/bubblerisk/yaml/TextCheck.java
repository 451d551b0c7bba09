package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses what is not a text file a parser should see, naming the first bad place: binary data,
 * text that is not UTF-8 (UTF-16 and UTF-32 are named), control characters YAML does not allow,
 * and lines too long to parse in reasonable time.
 */
public final class TextCheck {

    private TextCheck() {
    }

    /**
     * @param yaml whether the file is YAML (control characters and line length are checked) rather than JSON
     */
    public static Optional<Diagnostic> problem(String file, byte[] bytes, boolean yaml) {
        Optional<String> wideBom = wideBom(bytes);
        if (wideBom.isPresent()) {
            return Optional.of(new Diagnostic(new SourceLocation(file, 1, 1),
                    "the file is " + wideBom.get() + " text: a deal file must be UTF-8"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        Position at = new Position();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            Optional<Diagnostic> bad = scan(file, out, at, yaml);
            if (bad.isPresent()) {
                return bad;
            }
            out.clear();
            if (result.isError()) {
                return Optional.of(new Diagnostic(at.location(file), "the file is not UTF-8 text (invalid byte 0x"
                        + String.format("%02X", bytes[in.position()] & 0xff) + ")"));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
        }
    }

    /** Where the scan stands: line and column of the next character, and the length of the line so far. */
    private static final class Position {
        int line = 1;
        int column = 1;

        SourceLocation location(String file) {
            return new SourceLocation(file, line, column);
        }
    }

    private static Optional<Diagnostic> scan(String file, CharBuffer chars, Position at, boolean yaml) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == 0) {
                return Optional.of(new Diagnostic(at.location(file), "binary data (a NUL byte): a deal file must be UTF-8 text"));
            }
            if (yaml && !allowedInYaml(c)) {
                return Optional.of(new Diagnostic(at.location(file), "control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + " is not allowed in YAML"));
            }
            if (c == '\n') {
                at.line++;
                at.column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                at.column++;
                if (yaml && at.column > InputLimits.MAX_YAML_LINE + 1) {
                    return Optional.of(new Diagnostic(new SourceLocation(file, at.line, 1), "line " + at.line
                            + " is longer than " + InputLimits.MAX_YAML_LINE + " characters, the most a YAML deal file may have"));
                }
            }
        }
        return Optional.empty();
    }

    /** YAML's printable set: tab, line ends, and every character from space up, but DEL and the C1 controls. */
    private static boolean allowedInYaml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F || c == 0x85))
                && c != 0xFFFE && c != 0xFFFF;
    }

    private static Optional<String> wideBom(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of("UTF-32");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of("UTF-16");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
