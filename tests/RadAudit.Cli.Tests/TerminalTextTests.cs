namespace RadAudit.Cli.Tests;

/// <summary>Data reaches the terminal as text: control characters and bidirectional overrides are shown escaped.</summary>
public sealed class TerminalTextTests
{
    [Fact]
    public void Should_escape_control_characters_and_bidirectional_overrides()
    {
        Assert.Equal("XR_\\x1B[2JWRIST \\u202Eevil \\x07", TerminalText.Sanitize("XR_\u001b[2JWRIST \u202Eevil \u0007"));
        Assert.Equal("a\\x0Ab", TerminalText.Sanitize("a\nb"));
        Assert.Equal("a\nb\t", TerminalText.Sanitize("a\nb\t", keepLayout: true));
    }

    [Fact]
    public void Should_pass_every_write_through_the_sanitizer_but_keep_line_breaks()
    {
        // Given a writer over a capture
        var capture = new StringWriter();
        var writer = new TerminalWriter(capture);

        // When a line with an escape sequence, a single ESC character and a formatted value are written
        writer.WriteLine("b\u001b[31m.png");
        writer.Write('\u001b');
        writer.Write("{0}\n", "\u009b2J");

        // Then none reaches the capture raw, and the line breaks stay
        Assert.Equal($"b\\x1B[31m.png{Environment.NewLine}\\x1B\\x9B2J\n", capture.ToString());
    }
}
