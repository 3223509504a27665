package jp.kakehashi.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ stay true to the code: every class, package and file they name in code spans exists. A name
 * that is not one of ours (a message type of Amazon's, a queue, a Liberty class in a profile) counts when the code or
 * configuration uses it too, so that a class renamed or removed fails here and not in a newcomer's hands.
 */
class DocumentedNamesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Build output, version control and the tools' own folders: nothing in them is documented as a source. */
    private static final Set<String> NOT_SOURCES = Set.of("target", ".git", "node_modules", ".mvn");

    /** Named in the docs but in no file of ours: Liberty's internals in profiles (bench), DRS order states. */
    private static final Set<String> EXTERNAL_NAMES = Set.of(
            "AuthCacheServiceImpl",
            "FileStore",
            "ReferenceContextImpl",
            "ItemDelivered",
            "ItemShipped",
            "OrderCancelled");

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern CLASS_NAME =
            Pattern.compile("([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\\.java)?(?:[#.][a-z][A-Za-z0-9]*(?:\\(\\))?)?");
    private static final Pattern OUR_PACKAGE = Pattern.compile("jp\\.kakehashi(?:\\.[a-z0-9]+)+");
    private static final Pattern OUR_PATH =
            Pattern.compile("(?:ejb|web|ear|liberty-config|amazon-sandbox|deploy|docs|bench|\\.ci)/[\\w./-]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    @Test
    void everyClassPackageAndFileTheDocsNameExists() {
        List<Path> sources = sources();
        Set<String> words = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        for (Path source : sources) {
            String name = source.getFileName().toString();
            words.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
            if (name.endsWith(".java")) {
                packages.add(packageOf(source));
            }
            if (name.matches(".*\\.(java|xml|properties|xhtml|ya?ml|sql|json|sh)") || !name.contains(".")) {
                Matcher word = WORD.matcher(read(source));
                while (word.find()) {
                    words.add(word.group());
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Path document : documents()) {
            Matcher span = CODE_SPAN.matcher(read(document));
            while (span.find()) {
                String named = span.group(1).strip();
                Matcher className = CLASS_NAME.matcher(named);
                boolean missingName = className.matches()
                                && !words.contains(className.group(1))
                                && !EXTERNAL_NAMES.contains(className.group(1))
                        || OUR_PACKAGE.matcher(named).matches() && !isPackageOrClass(named, packages, words)
                        || OUR_PATH.matcher(named).matches()
                                && !named.contains("target/")
                                && !Files.exists(ROOT.resolve(named));
                if (missingName) {
                    missing.add(ROOT.relativize(document) + ": " + named);
                }
            }
        }
        assertEquals(Set.of(), missing, "named in the docs, found nowhere in the sources");
    }

    private static boolean isPackageOrClass(String named, Set<String> packages, Set<String> words) {
        return packages.contains(named)
                || packages.contains(named.substring(0, named.lastIndexOf('.')))
                        && words.contains(named.substring(named.lastIndexOf('.') + 1));
    }

    private static String packageOf(Path javaFile) {
        String path = ROOT.relativize(javaFile.getParent()).toString().replace('\\', '/');
        int java = path.indexOf("/java/");
        return java < 0 ? "" : path.substring(java + "/java/".length()).replace('/', '.');
    }

    private static List<Path> documents() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(ROOT.resolve("README.md"), ROOT.resolve("bench/README.md")),
                            docs.filter(path -> path.toString().endsWith(".md")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return NOT_SOURCES.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.toString().endsWith(".md")) {
                        sources.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
