using Spectre.Console;

namespace RadAudit.Cli;

/// <summary>Creates a Spectre console over the invocation's writer (so tests can capture output).</summary>
public static class ConsoleFactory
{
    /// <summary>A console writing to <paramref name="writer"/>; colours only on a real terminal. There Spectre writes
    /// its own control sequences to the console itself, so values from data must be passed through
    /// <see cref="TerminalText.Sanitize"/> (<see cref="Cell"/>); elsewhere everything passes the writer's.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        bool terminal = TerminalWriter.IsConsole(writer);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal && writer is TerminalWriter wrapper ? wrapper.Inner : writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>A table cell or line made from data: markup brackets and control characters escaped.</summary>
    public static string Cell(string text) => TerminalText.Sanitize(Markup.Escape(text));
}
