using System.CommandLine;
using RadAudit.Cli.Options;
using RadAudit.Core;

namespace RadAudit.Cli;

/// <summary>
/// Turns exceptions into one clear line on stderr and an exit code; the stack trace only with --verbose.
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
        catch (RadAuditException problem)
        {
            // Library errors are in the library's words; the option that sets what they are about goes first.
            error.WriteLine($"radaudit: {OptionNames.Describe(problem, parse.CommandResult.Command.Name)}");
            if (parse.GetValue(GlobalOptions.Verbose)) error.WriteLine(problem);
            return problem.ExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("radaudit: cancelled; finished work is kept and a rerun resumes where possible.");
            return CommandLineApp.Failure;
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            error.WriteLine($"radaudit: {problem.GetType().Name}: {problem.Message} (rerun with --verbose for details)");
            if (parse.GetValue(GlobalOptions.Verbose)) error.WriteLine(problem);
            return CommandLineApp.Failure;
        }
    }
}
