using RadAudit.Core;

namespace RadAudit.Cli.Tests;

/// <summary>No raw exception text reaches the user: each kind becomes one line that says what to do.</summary>
public sealed class VerbRunnerTests
{
    [Fact]
    public void Should_show_the_library_error_inside_an_aggregate_from_parallel_work()
    {
        // Given a parallel loop's aggregate holding an I/O error and, nested, a library error with its own exit code
        var aggregate = new AggregateException(new IOException("disk"),
            new AggregateException(new RadAuditException("img/loop.png: a symbolic-link loop.", exitCode: 2, setting: Settings.Data)));

        // When it is described
        var (line, code) = VerbRunner.Describe(aggregate, "data");

        // Then the library error is the line, with its option first and its exit code
        Assert.Equal("--data: img/loop.png: a symbolic-link loop.", line);
        Assert.Equal(2, code);
    }

    [Fact]
    public void Should_say_what_to_check_for_a_file_system_error_and_call_anything_else_a_bug()
    {
        var (io, _) = VerbRunner.Describe(new UnauthorizedAccessException("Access to the path '/out/x.csv' is denied."), "predict");
        var (bug, _) = VerbRunner.Describe(new InvalidOperationException("Sequence contains no elements."), "audit");

        Assert.Equal("a file could not be read or written (Access to the path '/out/x.csv' is denied). Check that the path exists, that you may " +
            "read and write it, and that the disk has free space (rerun with --verbose for the details).", io);
        Assert.Equal("internal error (InvalidOperationException): Sequence contains no elements. This is a bug in RadAudit; please report it " +
            "with the output of the same command with --verbose.", bug);
    }
}
