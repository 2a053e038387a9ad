using System.Text.Json.Nodes;

namespace RadAudit.Reporting.Tests.Results;

/// <summary>Flattens JSON into sorted key paths ("a.b", "a.list[]", "a.list[].c"): a snapshot of the schema, not the values.</summary>
public static class JsonKeyPaths
{
    public static IReadOnlyList<string> Of(JsonNode root)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Visit(root, "", paths);
        return paths.ToList();
    }

    private static void Visit(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    string childPath = path.Length == 0 ? key : $"{path}.{key}";
                    paths.Add(childPath);
                    Visit(child, childPath, paths);
                }
                break;
            case JsonArray array when array.Count > 0 && array[0] is JsonObject:
                paths.Add(path + "[]");
                foreach (JsonNode? element in array)
                    Visit(element, path + "[]", paths);
                break;
            case JsonArray:
                paths.Add(path + "[]");
                break;
        }
    }
}
