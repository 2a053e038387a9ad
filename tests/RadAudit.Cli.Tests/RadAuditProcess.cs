using System.Diagnostics;

namespace RadAudit.Cli.Tests;

/// <summary>Runs the built `radaudit` as a separate process (dotnet radaudit.dll), for what only a process shows:
/// supervision of native crashes, child-process checks, exit statuses.</summary>
internal static class RadAuditProcess
{
    // Variables the test host sets for in-process runs that a real invocation must not inherit.
    private static readonly string[] Inherited = ["RADAUDIT_CHILD", "RADAUDIT_COMPUTE_CHECK", "RADAUDIT_CRASH_NOTE", "RADAUDIT_SUPERVISOR_SESSION"];

    /// <summary>Exit code, standard output and standard error; <paramref name="environment"/> values of null unset a variable.</summary>
    public static (int Code, string Output, string Error) Run(IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] args)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "radaudit.dll"));
        foreach (string argument in args) start.ArgumentList.Add(argument);
        foreach (string name in Inherited) start.Environment.Remove(name);
        foreach ((string name, string? value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"radaudit {string.Join(' ', args)} did not finish within {timeout}: {error.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
