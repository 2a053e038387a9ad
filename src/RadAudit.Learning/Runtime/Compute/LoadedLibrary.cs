using System.Globalization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>A shared library mapped into this process: its file and the address its offset 0 is mapped at.</summary>
/// <param name="Path">The file the loader mapped (the packaged libtorch, or the one --libtorch named).</param>
/// <param name="BaseAddress">Where the file's first byte (virtual address 0 of a shared library) lies in memory.</param>
public sealed record LoadedLibrary(string Path, nint BaseAddress)
{
    /// <summary>The mapped library whose file name is <paramref name="fileName"/>, from <c>/proc/self/maps</c>; null
    /// when it is not loaded (or not on Linux).</summary>
    public static LoadedLibrary? Find(string fileName, string mapsFile = "/proc/self/maps")
    {
        if (!File.Exists(mapsFile)) return null;
        foreach (string line in File.ReadLines(mapsFile))
        {
            // start-end perms offset dev inode path
            string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || System.IO.Path.GetFileName(fields[5].Trim()) != fileName) continue;
            if (!long.TryParse(fields[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long offset) || offset != 0) continue;
            string start = fields[0][..fields[0].IndexOf('-', StringComparison.Ordinal)];
            return new LoadedLibrary(fields[5].Trim(), (nint)long.Parse(start, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        return null;
    }
}
