package dev.kunai.app.commands;

import dev.kunai.KunaiApi;
import dev.kunai.openapi.OpenApi;
import dev.kunai.operation.OperationModels;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openapi}: writes the OpenAPI document of an API to a file or standard output (sorted keys). */
@Command(name = "openapi", mixinStandardHelpOptions = true, description = "Exports the OpenAPI document.")
final class OpenApiCommand extends AppCommand implements Callable<Integer> {

    @Option(
            names = {"-o", "--output"},
            description = "the file to write (default: standard output)")
    Path output;

    @Option(names = "--compact", description = "one line instead of pretty-printed")
    boolean compact;

    @Option(names = "--prefix", description = "which API, by prefix (default: the first mounted)")
    String prefix;

    @Override
    public Integer call() {
        KunaiApi api = app.apis().stream()
                .filter(a -> prefix == null
                        || a.prefix()
                                .equals(KunaiApi.builder()
                                        .prefix(prefix)
                                        .build()
                                        .prefix()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("No API mounted" + (prefix == null ? "" : " at " + prefix)));
        var document = OpenApi.generate(api, OperationModels.describe(api));
        if (output == null) {
            System.out.println(document.toJson(!compact));
        } else {
            document.writeTo(output, !compact);
            System.out.println("Wrote " + output);
        }
        return 0;
    }
}
