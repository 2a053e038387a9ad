using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Where verdicts are kept between runs: <c>$RADAUDIT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/radaudit</c>,
/// else <c>~/.cache/radaudit</c>, under <c>compute/KEY.json</c>.</summary>
public static class ComputeVerdictCache
{
    /// <summary>Overrides the cache folder (tests, read-only homes).</summary>
    public const string FolderVariable = "RADAUDIT_CACHE_DIR";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The verdict file of <paramref name="machine"/>.</summary>
    public static string PathFor(MachineIdentity machine) => Path.Combine(Folder(), "compute", machine.Key + ".json");

    /// <summary>The cached verdict for <paramref name="machine"/>; null when there is none or it cannot be read
    /// (a damaged file is treated as absent and is rewritten by the next check).</summary>
    public static ComputeVerdict? Read(MachineIdentity machine)
    {
        string path = PathFor(machine);
        try
        {
            if (!File.Exists(path)) return null;
            ComputeVerdict? verdict = JsonSerializer.Deserialize<ComputeVerdict>(File.ReadAllText(path));
            return verdict?.Machine.Key == machine.Key ? verdict : null;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Saves <paramref name="verdict"/> atomically; returns its path, or null with the reason when the
    /// folder is not writable (the verdict then holds for this process only).</summary>
    public static (string? Path, string? Problem) Write(ComputeVerdict verdict)
    {
        string path = PathFor(verdict.Machine);
        try
        {
            AtomicFile.WriteText(path, JsonSerializer.Serialize(verdict, Indented));
            return (path, null);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {problem.Message} (set {FolderVariable} to a writable folder to keep it)");
        }
    }

    private static string Folder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured) return configured;
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return Path.Combine(xdg, "radaudit");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "radaudit");
    }
}
