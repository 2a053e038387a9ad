namespace RadAudit.Testing;

/// <summary>A fresh folder under the system temp directory, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "radaudit-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>Path of <paramref name="relative"/> inside the folder (parent folders created).</summary>
    public string Combine(string relative)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Writes bytes to a file inside the folder and returns its path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        string full = Combine(relative);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Writes text to a file inside the folder and returns its path.</summary>
    public string WriteText(string relative, string text)
    {
        string full = Combine(relative);
        File.WriteAllText(full, text);
        return full;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp folder is harmless */ }
    }
}
