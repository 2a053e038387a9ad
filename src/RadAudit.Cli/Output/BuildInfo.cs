using System.Reflection;

namespace RadAudit.Cli;

/// <summary>The program's own version, as `--version` and run folders record it.</summary>
public static class BuildInfo
{
    /// <summary>Informational version of the radaudit assembly.</summary>
    public static string Version { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BuildInfo).Assembly.GetName().Version?.ToString() ?? "unknown";
}
