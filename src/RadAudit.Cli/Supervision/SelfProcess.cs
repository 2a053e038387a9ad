using System.Diagnostics;

namespace RadAudit.Cli.Supervision;

/// <summary>Starts another <c>radaudit</c> process of this very build: the published apphost, or <c>dotnet
/// radaudit.dll</c> when run through the .NET host (dotnet run, test hosts).</summary>
internal static class SelfProcess
{
    /// <summary>Marks a child that must not supervise, probe or check again (its parent did).</summary>
    public const string ChildVariable = "RADAUDIT_CHILD";

    /// <summary>A start description for <c>radaudit <paramref name="arguments"/></c> with stdio as given.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, bool redirect)
    {
        string entry = typeof(CommandLineApp).Assembly.Location;
        string? host = Environment.ProcessPath;
        ProcessStartInfo info;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "radaudit")
        {
            info = new ProcessStartInfo(host);
        }
        else
        {
            info = new ProcessStartInfo(DotnetHost(host));
            info.ArgumentList.Add(entry);
        }
        foreach (string argument in arguments) info.ArgumentList.Add(argument);
        info.UseShellExecute = false;
        info.RedirectStandardOutput = redirect;
        info.RedirectStandardError = redirect;
        info.Environment[ChildVariable] = "1";
        return info;
    }

    /// <summary>Whether this process is such a child.</summary>
    public static bool IsChild => Environment.GetEnvironmentVariable(ChildVariable) == "1";

    // The dotnet CLI tells tools and test hosts where it is; otherwise the host running us, or dotnet on PATH.
    private static string DotnetHost(string? host)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet") return host;
        return "dotnet";
    }
}
