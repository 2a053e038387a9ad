using System.Reflection;
using System.Text;

namespace RadAudit.Review.Web;

/// <summary>
/// The page's files, embedded in this assembly and looked up by exact name, so no part of a request ever reaches
/// the file system. The HTML gets the run's token written into its script and style links (32 hex digits, nothing
/// to escape), because a browser does not send a page's query to the files it links.
/// </summary>
internal sealed class PageAssets
{
    private const string ResourcePrefix = "Page/";
    private const string TokenPlaceholder = "__TOKEN__";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, (byte[] Bytes, string ContentType)> _assets;

    public PageAssets(AccessToken token)
    {
        Assembly assembly = typeof(PageAssets).Assembly;
        _assets = assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(name => name[ResourcePrefix.Length..], name => (Read(assembly, name), ContentTypes[Path.GetExtension(name)]), StringComparer.Ordinal);
        var (html, type) = _assets["index.html"];
        _assets["index.html"] = (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(html).Replace(TokenPlaceholder, token.Value, StringComparison.Ordinal)), type);
    }

    /// <summary>The page itself.</summary>
    public (byte[] Bytes, string ContentType) Page => _assets["index.html"];

    /// <summary>The asset called exactly <paramref name="name"/>, or null when there is none.</summary>
    public (byte[] Bytes, string ContentType)? Find(string name) => _assets.TryGetValue(name, out var asset) ? asset : null;

    private static byte[] Read(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
