using System.Reflection;

namespace RadAudit.Core;

/// <summary>The RadAudit version every assembly of a build carries (Directory.Build.props sets one for all).</summary>
public static class RadAuditVersion
{
    /// <summary>"0.1.0".</summary>
    public static string Current { get; } =
        typeof(RadAuditVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RadAuditVersion).Assembly.GetName().Version?.ToString() ?? "unknown";
}
