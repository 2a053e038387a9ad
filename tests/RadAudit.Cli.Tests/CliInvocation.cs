namespace RadAudit.Cli.Tests;

/// <summary>Runs `radaudit` in-process with captured output, as every CLI test does.</summary>
internal static class CliInvocation
{
    /// <summary>Exit code, standard output and standard error of one invocation.</summary>
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CommandLineApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
