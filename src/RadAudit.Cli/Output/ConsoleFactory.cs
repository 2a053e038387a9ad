using Spectre.Console;

namespace RadAudit.Cli;

/// <summary>Creates a Spectre console over the invocation's writer (so tests can capture output).</summary>
public static class ConsoleFactory
{
    /// <summary>A console writing to <paramref name="writer"/>; colours only on a real terminal.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }
}
