using RadAudit.Core;

namespace RadAudit.Data.Sets;

/// <summary>
/// Resolves a data set's relative image path to an absolute file path that is guaranteed to lie inside the data
/// root: rejects empty and absolute paths, any <c>..</c> segment, and symlinks (file or folder) whose target is
/// outside the root. Backslashes are read as separators so Windows-written manifests work. Thread-safe.
/// </summary>
public sealed class SafePathResolver
{
    private readonly string _root;
    private readonly string _realRoot;

    /// <summary>Creates the resolver for <paramref name="root"/> (made absolute).</summary>
    public SafePathResolver(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath(_root) ?? throw new RadAuditException($"{_root}: the data folder is a symbolic-link loop. Name the real folder.", setting: Settings.Data);
    }

    /// <summary>The absolute root folder.</summary>
    public string Root => _root;

    /// <summary>Resolves <paramref name="relativePath"/> or throws a <see cref="RadAuditException"/> naming it.</summary>
    public string Resolve(string relativePath) =>
        TryResolve(relativePath, out string fullPath, out string problem)
            ? fullPath
            : throw new RadAuditException($"{relativePath}: {problem}");

    /// <summary>Resolves <paramref name="relativePath"/>; on failure <paramref name="problem"/> says why.</summary>
    public bool TryResolve(string relativePath, out string fullPath, out string problem) =>
        TryResolve(relativePath, out fullPath, out problem, out _);

    /// <summary>Like <see cref="TryResolve(string, out string, out string)"/>; <paramref name="isLinkLoop"/> tells a
    /// symbolic-link loop (the path leads back to itself) from a path that leaves the root.</summary>
    public bool TryResolve(string relativePath, out string fullPath, out string problem, out bool isLinkLoop)
    {
        fullPath = "";
        isLinkLoop = false;
        string normalised = relativePath.Replace('\\', '/');
        if (normalised.Length == 0 || normalised.Contains('\0'))
            return Fail("empty or invalid path. Fix the row in the data set.", out problem);
        if (normalised.StartsWith('/') || Path.IsPathRooted(normalised) || (normalised.Length > 1 && normalised[1] == ':'))
            return Fail("absolute path; paths must be relative to the data root. Make it relative.", out problem);
        if (normalised.Split('/').Any(segment => segment == ".."))
            return Fail("path escapes the data root ('..' segment). Move the file under the root and fix the path.", out problem);
        string candidate = Path.GetFullPath(Path.Combine(_root, normalised));
        if (!IsUnder(candidate, _root))
            return Fail("path escapes the data root. Fix the path.", out problem);
        if (RealPath(candidate) is not string real)
        {
            isLinkLoop = true;
            return Fail("a symbolic-link loop (the link leads back to itself). Replace the link with the file, or skip it.", out problem);
        }
        if (!IsUnder(real, _realRoot))
            return Fail("symlink pointing outside the data root. Copy the file under the root instead.", out problem);
        fullPath = candidate;
        problem = "";
        return true;
    }

    /// <summary>
    /// The path with every symlink component followed (like POSIX realpath, but a missing tail is kept as is,
    /// so a missing file is reported as missing, not as escaping); null for a link loop (40 links deep, as Linux).
    /// </summary>
    private static string? RealPath(string path, int depth = 0)
    {
        if (depth > 40) return null;
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        foreach (string segment in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(current, segment);
            // FileInfo reads the link itself (lstat), for file and folder links alike.
            var info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                string target = Path.GetFullPath(info.LinkTarget, current);
                if (RealPath(target, depth + 1) is not string resolved) return null;
                next = resolved;
            }
            current = next;
        }
        return current;
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool Fail(string message, out string problem)
    {
        problem = message;
        return false;
    }
}
