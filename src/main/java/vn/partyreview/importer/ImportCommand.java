package vn.partyreview.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --import=<path>}: imports an .xlsx file or a directory of CSV files at startup, prints the outcome and
 * exits with 0 (imported) or 2 (errors, nothing imported). Without the option the application starts as usual.
 */
@Component
class ImportCommand implements ApplicationRunner {

    static final int EXIT_IMPORTED = 0;
    static final int EXIT_REJECTED = 2;
    private static final String OPTION = "import";

    private final ImportService importService;
    private final ApplicationContext context;

    ImportCommand(ImportService importService, ApplicationContext context) {
        this.importService = importService;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> paths = arguments.getOptionValues(OPTION);
        if (paths == null || paths.isEmpty()) {
            return;
        }
        int exitCode = importFrom(Path.of(paths.get(0)), System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /** Runs the import and prints its outcome; returns the process exit code. */
    int importFrom(Path path, PrintStream out) {
        try {
            ImportResult result = Files.isDirectory(path) ? importCsvDirectory(path) : importWorkbook(path);
            print(result, out);
            return result.succeeded() ? EXIT_IMPORTED : EXIT_REJECTED;
        } catch (ImportFileException unreadable) {
            out.println("Không nhập được: " + unreadable.getMessage());
            return EXIT_REJECTED;
        } catch (IOException unreadable) {
            out.println("Không đọc được '" + path + "': " + unreadable.getMessage());
            return EXIT_REJECTED;
        }
    }

    private ImportResult importWorkbook(Path path) throws IOException {
        try (InputStream xlsx = Files.newInputStream(path)) {
            return importService.importWorkbook(xlsx);
        }
    }

    /** Reads every *.csv file of the directory; the file name without .csv names the table. */
    private ImportResult importCsvDirectory(Path directory) throws IOException {
        Map<String, InputStream> tables = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(".csv")).toList()) {
                String name = file.getFileName().toString();
                tables.put(name.substring(0, name.length() - ".csv".length()), Files.newInputStream(file));
            }
            return importService.importCsv(tables);
        } finally {
            for (InputStream input : tables.values()) {
                input.close();
            }
        }
    }

    private static void print(ImportResult result, PrintStream out) {
        if (!result.succeeded()) {
            out.println("Tệp có " + result.errors().size() + " lỗi, chưa nhập dữ liệu nào:");
            for (ImportError error : result.errors()) {
                out.printf("  %s, dòng %d, cột %s, giá trị '%s': %s%n",
                        error.table(), error.row(), error.column(), error.value(), error.message());
            }
            return;
        }
        out.println("Đã nhập:");
        result.counts().forEach((table, count) -> out.printf("  %s: %d%n", table, count));
        out.println("Tài khoản đã tạo (tên đăng nhập, mật khẩu ban đầu):");
        result.createdUsers().forEach(user -> out.printf("  %s %s%n", user.userId(), user.initialPassword()));
    }
}
