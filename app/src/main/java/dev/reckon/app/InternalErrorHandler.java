package dev.reckon.app;

import picocli.CommandLine;

/**
 * The last line of defence: an exception nobody expected becomes one line on standard error and
 * exit code 3, never a stack trace.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(message(exception));
        commandLine.getErr().flush();
        return ExitCode.INTERNAL_ERROR;
    }

    static String message(Throwable exception) {
        String message = exception.getMessage();
        return "reckon: internal error: " + (message == null || message.isBlank()
                ? exception.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
