package org.ksrelations.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The applications' JDK AOT caches (JEP 483/514/515, JDK 25), one per application module in one folder: a start
 * loads the cache recorded for its jar, JDK and JVM options, or records one (a training run) into a temporary file
 * that becomes the cache only after the training run became ready and stopped cleanly — a killed or failed start
 * never leaves a half-written cache or the cache of a failed start.
 */
final class AotCaches {

    private final Path dir;
    private final Set<String> training = new HashSet<>();

    AotCaches(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * The AOT option for one start of {@code name}: {@code -XX:AOTCache} when a cache recorded for this jar and these
     * JVM options exists, else {@code -XX:AOTCacheOutput} to record one (then {@code name} is training).
     */
    String option(String name, String module, Path jar, String jvmOpts) {
        Path cache = dir.resolve(module + ".aot");
        Path id = dir.resolve(module + ".aot.id");
        try {
            Files.createDirectories(dir);
            String expected = Files.getLastModifiedTime(jar).toMillis() + " " + Files.size(jar) + " "
                    + Runtime.version() + " " + jvmOpts;
            if (Files.isRegularFile(cache) && Files.isRegularFile(id) && Files.readString(id).equals(expected)) {
                return "-XX:AOTCache=" + cache;
            }
            Files.deleteIfExists(cache);
            Files.writeString(id, expected);
            Path recording = recording(module);
            Files.deleteIfExists(recording);
            training.add(name);
            return "-XX:AOTCacheOutput=" + recording;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the AOT cache in " + dir, e);
        }
    }

    /** Whether {@code name} records its cache in this run (its first start since a build). */
    boolean isTraining(String name) {
        return training.contains(name);
    }

    /** {@code name} stopped without writing its cache (killed, or about to start again). */
    void forget(String name) {
        training.remove(name);
    }

    /** {@code name} stopped cleanly: a training run that had become ready leaves its recording as the cache. */
    void keep(String name, String module, boolean wasReady) {
        if (!training.remove(name)) {
            return;
        }
        if (!wasReady) {
            System.out.println(name + ": no AOT cache kept (the training run never became ready)");
            return; // a training run that never became ready would leave a cache of a failed start
        }
        Path recording = recording(module);
        try {
            if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
                long size = Files.size(recording);
                Files.move(recording, dir.resolve(module + ".aot"), StandardCopyOption.REPLACE_EXISTING);
                System.out.printf("%s: AOT cache kept (%d MB)%n", name, size >> 20);
            } else {
                System.out.println(name + ": no AOT cache kept (the JVM wrote none; see its log)");
            }
        } catch (IOException e) {
            System.err.println("keeping the AOT cache of " + name + " failed: " + e.getMessage());
        }
    }

    private Path recording(String module) {
        return dir.resolve(module + ".aot.recording");
    }
}
