package dev.bubblerisk.authoring;

import dev.bubblerisk.authoring.CheckDiagnostic.Severity;
import dev.bubblerisk.engine.DrlText;
import dev.bubblerisk.engine.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rules that reach outside the facts: I/O, files, network, processes, threads,
 * reflection, class loading, {@code System.exit}, or changes to facts. Scans the DRL source with
 * comments and string literals blanked out (so an explanation may say "file"), and names the line,
 * the column and the rule of each use.
 */
final class RulePurity {

    /** A forbidden use and why it is forbidden. */
    private record Forbidden(Pattern pattern, String why) {
        Forbidden(String regex, String why) {
            this(Pattern.compile(regex), why);
        }
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("\\bjava\\s*\\.\\s*(?:io|nio|net)\\b", "reaches I/O, files or the network"),
            new Forbidden("\\b(?:File|Files|Paths|Path|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
                    + "|FileChannel|InputStream|OutputStream|Reader|Writer|PrintStream|PrintWriter|BufferedReader"
                    + "|BufferedWriter|Scanner|Console)\\b", "reaches files or streams"),
            new Forbidden("\\b(?:Socket|ServerSocket|DatagramSocket|SocketChannel|URL|URI|URLConnection|HttpURLConnection"
                    + "|HttpClient|HttpRequest|InetAddress)\\b", "reaches the network"),
            new Forbidden("\\b(?:Runtime|ProcessBuilder|Process|ProcessHandle)\\b", "starts or controls processes"),
            new Forbidden("\\b(?:Thread|ThreadGroup|ThreadLocal|Executors|ExecutorService|ForkJoinPool|CompletableFuture"
                    + "|Timer)\\b", "starts threads"),
            new Forbidden("\\bSystem\\s*\\.\\s*exit\\b", "ends the process (System.exit)"),
            new Forbidden("\\bSystem\\s*\\.\\s*(?:out|err|in|console|setOut|setErr|setIn)\\b", "does console I/O"),
            new Forbidden("\\bSystem\\s*\\.\\s*(?:getenv|getProperty|getProperties|setProperty|load|loadLibrary"
                    + "|currentTimeMillis|nanoTime)\\b", "reads the environment or the clock"),
            new Forbidden("\\bClass\\s*\\.\\s*forName\\b|\\.\\s*getClass\\s*\\(|\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(?:reflect|invoke)\\b"
                    + "|\\b(?:ClassLoader|URLClassLoader|MethodHandles|MethodHandle|Proxy|Unsafe)\\b"
                    + "|\\.\\s*(?:getDeclared\\w*|getMethods?|getFields?|getConstructors?|newInstance|setAccessible)\\s*\\(",
                    "uses reflection or class loading"),
            new Forbidden("(?<![\\w.])(?:modify|update|delete|retract)\\s*\\(", "changes facts (rules may only read them)"),
            new Forbidden("\\b(?:drools|kcontext)\\s*\\.\\s*(?:getKieRuntime|getWorkingMemory|getKnowledgeRuntime|halt"
                    + "|getEntryPoint|getChannel)\\b", "reaches into the engine"));

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+[\"']?([^\"'\\s]+)", Pattern.MULTILINE);

    private RulePurity() {
    }

    static List<CheckDiagnostic> check(RuleFile file) {
        String code = DrlText.blankCommentsAndStrings(file.content());
        List<CheckDiagnostic> found = new ArrayList<>();
        for (Forbidden forbidden : FORBIDDEN) {
            Matcher use = forbidden.pattern().matcher(code);
            while (use.find()) {
                int offset = use.start();
                found.add(new CheckDiagnostic(Severity.ERROR, file.path(), line(code, offset), column(code, offset),
                        where(file.content(), offset) + "'" + use.group().strip() + "' " + forbidden.why() + ": rules must be pure"));
            }
        }
        return found;
    }

    private static String where(String code, int offset) {
        Matcher rule = RULE.matcher(code.substring(0, offset));
        String name = null;
        while (rule.find()) {
            name = rule.group(1);
        }
        return name == null ? "" : "rule '" + name + "': ";
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
