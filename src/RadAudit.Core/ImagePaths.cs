namespace RadAudit.Core;

/// <summary>
/// One spelling per image path, so that checks comparing paths (duplicates, leakage, box look-ups) see one file as
/// one path: '/' separators, no empty or '.' segments (<c>img/./x.png</c>, <c>img//x.png</c> and <c>./img/x.png</c>
/// are all <c>img/x.png</c>). '..' segments and a leading '/' are kept, so the path check still refuses them.
/// </summary>
public static class ImagePaths
{
    /// <summary>The canonical spelling of <paramref name="path"/>.</summary>
    public static string Canonical(string path)
    {
        string slashed = path.Replace('\\', '/');
        if (!slashed.Contains("//", StringComparison.Ordinal) && !slashed.Contains("./", StringComparison.Ordinal) && !slashed.EndsWith("/.", StringComparison.Ordinal))
            return slashed;
        string[] segments = slashed.Split('/').Where(segment => segment.Length > 0 && segment != ".").ToArray();
        return (slashed.StartsWith('/') ? "/" : "") + string.Join('/', segments);
    }
}
