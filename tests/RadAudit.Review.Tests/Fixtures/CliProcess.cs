using System.Diagnostics;
using System.Reflection;

namespace RadAudit.Review.Tests.Fixtures;

/// <summary>
/// The real <c>radaudit</c> (built beside this project, see the .csproj) in a child process, so a test can kill
/// it as a crash would. Reads standard output line by line; <see cref="WaitForUrlAsync"/> returns the printed URL.
/// </summary>
internal sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _lines = [];

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Received(line.Data);
        process.ErrorDataReceived += (_, line) => Received(line.Data);
        process.Exited += (_, _) => _url.TrySetException(new InvalidOperationException($"radaudit exited ({process.ExitCode}):\n{Output}"));
    }

    /// <summary>Everything it printed so far.</summary>
    public string Output
    {
        get { lock (_lines) return string.Join("\n", _lines); }
    }

    /// <summary>Starts <c>radaudit</c> with <paramref name="arguments"/>.</summary>
    public static CliProcess Start(params string[] arguments)
    {
        string cli = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(entry => entry.Key == "RadAuditCli").Value!;
        if (!File.Exists(cli)) throw new InvalidOperationException($"{cli} is missing; build src/RadAudit.Cli first (building this test project does).");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var cliProcess = new CliProcess(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cliProcess;
    }

    /// <summary>The URL line the command prints once it listens.</summary>
    public async Task<string> WaitForUrlAsync() => await _url.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>Waits for the command to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        _process.WaitForExit(); // lets the last output lines arrive
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or a power cut would stop it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM (what a service manager sends) and waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
        if (line.StartsWith("http://", StringComparison.Ordinal)) _url.TrySetResult(line.Trim());
    }
}
