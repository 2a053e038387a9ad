namespace RadAudit.Learning.Runtime;

/// <summary>Finds a native library shipped with the program: beside it (a flat publish) or under
/// runtimes/linux-x64/native (a build with a deps.json).</summary>
internal static class ProgramNatives
{
    /// <summary>The full path of <paramref name="fileName"/> next to the program, or null.</summary>
    public static string? Find(string fileName)
    {
        string baseDirectory = AppContext.BaseDirectory;
        foreach (string candidate in new[]
                 {
                     Path.Combine(baseDirectory, fileName),
                     Path.Combine(baseDirectory, "runtimes", "linux-x64", "native", fileName),
                 })
            if (File.Exists(candidate)) return candidate;
        return null;
    }
}
