using System.Text;

namespace RadAudit.Cli;

/// <summary>A writer that passes everything through <see cref="TerminalText.Sanitize"/> (keeping line breaks), so no
/// verb can print a data value raw; the command line wraps its output and error writers in one.</summary>
/// <param name="inner">The writer written to (the console, or a test's capture).</param>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    /// <summary>The wrapped writer.</summary>
    public TextWriter Inner { get; } = inner;

    /// <inheritdoc />
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    /// <summary>True when <paramref name="writer"/> (or the writer it wraps) is the process's interactive console.</summary>
    public static bool IsConsole(TextWriter writer) =>
        ReferenceEquals(writer is TerminalWriter wrapper ? wrapper.Inner : writer, Console.Out) && !Console.IsOutputRedirected;

    /// <inheritdoc />
    public override void Write(char value) => Inner.Write(TerminalText.Sanitize(value.ToString(), keepLayout: true));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null) Inner.Write(TerminalText.Sanitize(value, keepLayout: true));
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    /// <inheritdoc />
    public override void WriteLine() => Inner.WriteLine();

    /// <inheritdoc />
    public override void Flush() => Inner.Flush();
}
