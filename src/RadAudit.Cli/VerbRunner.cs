using System.CommandLine;
using RadAudit.Cli.Options;
using RadAudit.Core;

namespace RadAudit.Cli;

/// <summary>
/// Turns exceptions into one clear line on stderr and an exit code; the stack trace only with --verbose. Library
/// errors (<see cref="RadAuditException"/>) keep their words and exit code, also when parallel work wrapped them in an
/// <see cref="AggregateException"/>; a file-system error says what to check; anything else is called a bug, never
/// shown as a bare .NET exception.
/// </summary>
public static class VerbRunner
{
    /// <summary>Runs <paramref name="body"/>; a <see cref="RadAuditException"/> keeps its exit code, anything else is 1.</summary>
    public static int Guard(ParseResult parse, TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            var (line, code) = Describe(problem, parse.CommandResult.Command.Name);
            error.WriteLine($"radaudit: {line}");
            if (parse.GetValue(GlobalOptions.Verbose)) error.WriteLine(problem);
            return code;
        }
    }

    /// <summary>The one line and exit code <paramref name="problem"/> (or the library error an aggregate wraps) becomes in
    /// <paramref name="verb"/>.</summary>
    public static (string Line, int Code) Describe(Exception problem, string verb) => Unwrap(problem) switch
    {
        // Library errors are in the library's words; the option that sets what they are about goes first.
        RadAuditException known => (OptionNames.Describe(known, verb), known.ExitCode),
        OperationCanceledException => ("cancelled; finished work is kept and a rerun resumes where possible.", CommandLineApp.Failure),
        Exception file when file is UnauthorizedAccessException or IOException =>
            ($"a file could not be read or written ({file.Message.TrimEnd('.')}). Check that the path exists, that you may read and write " +
             "it, and that the disk has free space (rerun with --verbose for the details).", CommandLineApp.Failure),
        var other => ($"internal error ({other.GetType().Name}): {other.Message.TrimEnd('.')}. This is a bug in RadAudit; please report it with the " +
              "output of the same command with --verbose.", CommandLineApp.Failure),
    };

    // Parallel loops wrap what their bodies threw: the first library error inside is the one to show.
    private static Exception Unwrap(Exception problem)
    {
        if (problem is not AggregateException aggregate) return problem;
        var inner = aggregate.Flatten().InnerExceptions;
        return inner.OfType<RadAuditException>().FirstOrDefault() ?? inner.OfType<OperationCanceledException>().FirstOrDefault()
            ?? (inner.Count == 1 ? inner[0] : problem);
    }
}
