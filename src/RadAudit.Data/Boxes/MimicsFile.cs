using System.Globalization;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// Reads mimics.csv, the sidecar of a realistic synthetic set (header <c>path,x,y,width,height,kind</c>, kinds
/// hardware, cast, ruler, holder). The path is everything before the last five fields, so it may hold commas.
/// </summary>
public static class MimicsFile
{
    /// <summary>The boxes of kind <paramref name="kind"/> (returned with <see cref="LabelKinds.Other"/> as their label kind).</summary>
    /// <exception cref="RadAuditException">Missing file or a malformed row (names the file, the line and the fix).</exception>
    public static IReadOnlyList<LabelBox> Read(string file, string kind)
    {
        if (!File.Exists(file)) throw new RadAuditException($"{file}: mimics file not found; `radaudit synth --preset hard-markers` writes mimics.csv next to markers.csv.");
        var boxes = new List<LabelBox>();
        int line = 0;
        foreach (string row in File.ReadLines(file))
        {
            if (++line == 1 || row.Length == 0) continue;
            string[] parts = row.Split(',');
            if (parts.Length < 6) throw new RadAuditException($"{file} line {line}: expected path,x,y,width,height,kind.");
            string[] numbers = parts[^5..^1];
            if (!numbers.All(number => int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
                throw new RadAuditException($"{file} line {line}: x, y, width and height must be whole numbers of pixels.");
            if (parts[^1] != kind) continue;
            int[] values = numbers.Select(number => int.Parse(number, CultureInfo.InvariantCulture)).ToArray();
            boxes.Add(new LabelBox(string.Join(',', parts[..^5]), values[0], values[1], values[2], values[3], LabelKinds.Other));
        }
        return boxes;
    }
}
