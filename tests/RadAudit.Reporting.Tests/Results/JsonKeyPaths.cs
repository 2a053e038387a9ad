using System.Text.Json.Nodes;

namespace RadAudit.Reporting.Tests.Results;

/// <summary>
/// Flattens JSON into sorted key paths ("a.b", "a.list[]", "a.list[].c"): a snapshot of the schema, not the values.
/// Objects whose keys are data (condition names, body parts) can be collapsed to "*" so the schema shows once.
/// </summary>
public static class JsonKeyPaths
{
    public static IReadOnlyList<string> Of(JsonNode root, IReadOnlySet<string>? dataKeyedObjects = null)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Visit(root, "", paths, dataKeyedObjects ?? new HashSet<string>());
        return paths.ToList();
    }

    private static void Visit(JsonNode? node, string path, SortedSet<string> paths, IReadOnlySet<string> dataKeyed)
    {
        string leaf = path[(path.LastIndexOf('.') + 1)..];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    string shownKey = dataKeyed.Contains(leaf) ? "*" : key;
                    string childPath = path.Length == 0 ? shownKey : $"{path}.{shownKey}";
                    paths.Add(childPath);
                    Visit(child, childPath, paths, dataKeyed);
                }
                break;
            case JsonArray array when array.Count > 0 && array[0] is JsonObject:
                paths.Add(path + "[]");
                foreach (JsonNode? element in array)
                    Visit(element, path + "[]", paths, dataKeyed);
                break;
            case JsonArray:
                paths.Add(path + "[]");
                break;
        }
    }
}
