using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// How label boxes line up with the images they are used on: boxes naming paths the data does not have are never
/// used, which is said (a warning), and a masking condition whose boxes name none of the images is refused (it would
/// mask nothing: most often the box paths are spelled differently from the data set's).
/// </summary>
/// <param name="Boxes">Boxes in the index.</param>
/// <param name="UnknownBoxes">Boxes whose path is not among the images.</param>
/// <param name="UnknownPaths">Distinct paths of those boxes.</param>
/// <param name="Example">One such path (the first in order), or null.</param>
public sealed record BoxCoverage(int Boxes, int UnknownBoxes, int UnknownPaths, string? Example)
{
    /// <summary>Compares <paramref name="boxes"/> with the image paths <paramref name="images"/>.</summary>
    public static BoxCoverage Of(BoxIndex boxes, IEnumerable<string> images)
    {
        var known = images.ToHashSet(StringComparer.Ordinal);
        var unknown = boxes.Paths.Where(path => !known.Contains(path)).Order(StringComparer.Ordinal).ToList();
        return new BoxCoverage(boxes.Count, unknown.Sum(path => boxes.For(path).Count), unknown.Count, unknown.FirstOrDefault());
    }

    /// <summary>True when no box names one of the images although there are boxes.</summary>
    public bool NoneMatch => Boxes > 0 && UnknownBoxes == Boxes;

    /// <summary>The warning about unused boxes, or null when every box names an image.</summary>
    public string? Warning(string source, string images) => UnknownBoxes == 0 ? null
        : $"{source}: {UnknownBoxes} of {Boxes} boxes name {UnknownPaths} image path(s) that are not in {images} (e.g. '{Example}'); they are not used. " +
          "Box paths must be spelled as the data set names its images.";

    /// <summary>Throws naming <paramref name="source"/> when <paramref name="condition"/> masks with boxes and none names
    /// one of the images; otherwise returns the warning (or null).</summary>
    public string? CheckFor(Condition condition, string source, string images, string exampleImage)
    {
        if (condition.NeedsBoxes && NoneMatch)
            throw new RadAuditException(
                $"{source}: none of its {Boxes} boxes names an image of {images} (a box path is '{Example}', an image path is '{exampleImage}'), " +
                $"so the {condition.Name} condition would mask nothing. Write the box paths as the data set names its images.", setting: Settings.Boxes);
        return Warning(source, images);
    }
}
