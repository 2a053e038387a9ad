using System.Diagnostics;
using RadAudit.Core;
using Spectre.Console;

namespace RadAudit.Cli;

/// <summary>
/// Renders <see cref="ProgressReport"/>s: a live progress bar (one row per stage) on an interactive terminal,
/// and plain periodic lines (at most one per stage every 10 s, plus each stage's end) when output is redirected,
/// as in CI logs.
/// </summary>
public static class CliProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="work"/>, rendering the progress it reports.</summary>
    public static T Run<T>(TextWriter output, Func<IProgress<ProgressReport>, T> work)
    {
        bool terminal = TerminalWriter.IsConsole(output);
        return terminal ? RunWithBar(progress => work(new Noted(progress))) : work(new Noted(new PlainLines(output)));
    }

    private static T RunWithBar<T>(Func<IProgress<ProgressReport>, T> work)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context => result = work(new BarProgress(context)));
        return result;
    }

    private sealed class BarProgress(ProgressContext context) : IProgress<ProgressReport>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new();
        private readonly Lock _gate = new();

        public void Report(ProgressReport value)
        {
            lock (_gate)
            {
                string stage = TerminalText.Sanitize(Markup.Escape(value.Stage));
                if (!_tasks.TryGetValue(value.Stage, out ProgressTask? task))
                    _tasks[value.Stage] = task = context.AddTask(stage);
                task.MaxValue = Math.Max(1, value.Total);
                task.Value = value.Done;
                task.Description = value.Detail is null ? stage : $"{stage} [grey]{TerminalText.Sanitize(Markup.Escape(value.Detail))}[/]";
                if (value.Total > 0 && value.Done >= value.Total) task.StopTask();
            }
        }
    }

    // Tells a supervisor where the process was, should native code kill it (Supervision.CrashNote).
    private sealed class Noted(IProgress<ProgressReport> inner) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value)
        {
            string text = value.Total > 0 ? $"{value.Stage}: {value.Done}/{value.Total}" : value.Stage;
            Supervision.CrashNote.Stage(value.Stage, text);
            Compute.FaultInjection.CrashIfAsked(text);
            inner.Report(value);
        }
    }

    private sealed class PlainLines(TextWriter output) : IProgress<ProgressReport>
    {
        private readonly Dictionary<string, Stopwatch> _lastLine = new();
        private readonly Lock _gate = new();

        public void Report(ProgressReport value)
        {
            lock (_gate)
            {
                bool finished = value.Total > 0 && value.Done >= value.Total;
                if (_lastLine.TryGetValue(value.Stage, out Stopwatch? since) && since.Elapsed < PlainInterval && !finished)
                    return;
                _lastLine[value.Stage] = Stopwatch.StartNew();
                string amount = value.Total > 0
                    ? $"{value.Done}/{value.Total} ({100.0 * value.Done / value.Total:0}%)"
                    : value.Done.ToString();
                output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {value.Stage}: {amount}{(value.Detail is null ? "" : " " + value.Detail)}");
            }
        }
    }
}
